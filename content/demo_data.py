"""Demo guidance, written for this site's demonstration: fictional services, real-world advice in plain English.

The services, clinics and phone numbers are made up (0116 000 0000 is a demo number);
the advice follows standard NHS guidance for England. Each guide has English text, and
some have full Polish (pl) and Urdu (ur) translations with the same blocks. A guide
without a translation is shown in English with a notice.

Body blocks are (type, value) pairs in Wagtail's raw StreamField form; the block types
and their fields are in content/blocks.py, and directory_link categories are the codes
in directory/taxonomy.py. Ages are weeks relative to birth (negative while pregnant).
"""

HOME = {
    "title": {
        "en": "Help for your family, from pregnancy to five",
        "pl": "Pomoc dla Twojej rodziny od ciąży do piątego roku życia",
        "ur": "حمل سے پانچ سال کی عمر تک آپ کے خاندان کے لیے مدد",
    },
    "intro": {
        "en": "Guides for every stage, family hubs and groups near you, and reminders before your baby's reviews.",
        "pl": "Poradniki na każdy etap, centra rodzinne (family hubs) i grupy w Twojej okolicy oraz przypomnienia przed przeglądami rozwoju dziecka.",
        "ur": "ہر مرحلے کے لیے رہنمائی، آپ کے قریب فیملی ہب اور گروپس، اور آپ کے بچے کے معائنوں سے پہلے یاد دہانیاں۔",
    },
}

INDEX = {
    "title": {"en": "Guides", "pl": "Poradniki", "ur": "رہنمائی"},
    "intro": {
        "en": "Practical advice for each stage, from pregnancy to your child's fifth birthday. Choose a stage to start.",
        "pl": "Praktyczne porady na każdy etap, od ciąży do piątych urodzin dziecka. Wybierz etap, aby zacząć.",
        "ur": "حمل سے لے کر آپ کے بچے کی پانچویں سالگرہ تک، ہر مرحلے کے لیے عملی مشورے۔ شروع کرنے کے لیے ایک مرحلہ چنیں۔",
    },
}

STAGES = [
    {
        "stage": "pregnancy",
        "slug": "pregnancy",
        "title": {"en": "Pregnancy", "pl": "Ciąża", "ur": "حمل"},
        "intro": {
            "en": "Looking after yourself and your baby before birth, and getting ready for the first weeks.",
            "pl": "Jak dbać o siebie i dziecko przed porodem i jak przygotować się na pierwsze tygodnie.",
            "ur": "پیدائش سے پہلے اپنا اور اپنے بچے کا خیال رکھنا، اور پہلے ہفتوں کی تیاری کرنا۔",
        },
    },
    {
        "stage": "first-weeks",
        "slug": "first-weeks",
        "title": {"en": "The first weeks", "pl": "Pierwsze tygodnie", "ur": "پہلے ہفتے"},
        "intro": {
            "en": "Safe sleep, crying, your health visitor's visits, and looking after yourself after the birth.",
            "pl": "Bezpieczny sen, płacz, wizyty pielęgniarki środowiskowej i dbanie o siebie po porodzie.",
            "ur": "محفوظ نیند، بچے کا رونا، ہیلتھ وزیٹر کی ملاقاتیں، اور پیدائش کے بعد اپنا خیال رکھنا۔",
        },
    },
    {
        "stage": "talking-and-play",
        "slug": "talking-and-play",
        "title": {"en": "Talking and play", "pl": "Rozmowa i zabawa", "ur": "بات چیت اور کھیل"},
        "intro": {
            "en": "Everyday ways to help your child talk, play and learn, and the reviews at one year and two years.",
            "pl": "Codzienne sposoby, by pomóc dziecku mówić, bawić się i uczyć, oraz przeglądy rozwoju w wieku roku i dwóch lat.",
            "ur": "روزمرہ کے آسان طریقے جن سے آپ کا بچہ بولنا، کھیلنا اور سیکھنا سیکھے، اور ایک سال اور دو سال کی عمر پر ہونے والے معائنے۔",
        },
    },
    {
        "stage": "feeding",
        "slug": "feeding",
        "title": {"en": "Feeding", "pl": "Karmienie", "ur": "بچے کی خوراک"},
        "intro": {
            "en": "Breastfeeding, formula feeding, starting solid foods, and help with the cost of healthy food.",
            "pl": "Karmienie piersią, karmienie mlekiem modyfikowanym, rozszerzanie diety i pomoc w kosztach zdrowego jedzenia.",
            "ur": "ماں کا دودھ پلانا، فارمولا دودھ، ٹھوس غذا شروع کرنا، اور صحت مند کھانے کے خرچ میں مدد۔",
        },
    },
]

GUIDES = [
    # --- Pregnancy -------------------------------------------------------------
    {
        "stage": "pregnancy",
        "slug": "your-antenatal-contact",
        "title": {
            "en": "Your antenatal contact with a health visitor",
            "pl": "Spotkanie z pielęgniarką środowiskową w ciąży",
            "ur": "حمل کے دوران ہیلتھ وزیٹر سے ملاقات",
        },
        "summary": {
            "en": "Between 28 and 36 weeks of pregnancy, a health visitor will meet you. Find out what happens and how to get ready.",
            "pl": "Między 28. a 36. tygodniem ciąży spotka się z Tobą pielęgniarka środowiskowa (health visitor). Dowiedz się, jak wygląda to spotkanie i jak się do niego przygotować.",
            "ur": "حمل کے 28 ویں سے 36 ویں ہفتے کے درمیان ایک ہیلتھ وزیٹر آپ سے ملیں گی۔ جانیے کہ اس ملاقات میں کیا ہوتا ہے اور اس کی تیاری کیسے کریں۔",
        },
        "age_from_weeks": -16,
        "age_to_weeks": -4,
        "body": {
            "en": [
                (
                    "paragraph",
                    "<p>A health visitor is a nurse or midwife with extra training in caring for families. Your health visiting team supports you and your family until your child is 5.</p>"
                    "<p>All parents-to-be are offered a meeting with a health visitor before their baby is born. It happens when you are between 28 and 36 weeks pregnant, and it takes about an hour. It is as well as your check-ups with your midwife, not instead of them.</p>",
                ),
                ("heading", "Where and when"),
                (
                    "paragraph",
                    "<p>The team will contact you to book a time. You may meet at your home, at a family hub or on a video call. If you are 32 weeks pregnant and nobody has contacted you, call the team.</p>",
                ),
                ("heading", "What you will talk about"),
                (
                    "paragraph",
                    "<ul><li>how you are feeling, in your body and in your mind</li>"
                    "<li>who can help you after the birth: family, friends and local groups</li>"
                    "<li>how you plan to feed your baby, and where to get help</li>"
                    "<li>safe sleep and getting your home ready</li>"
                    "<li>how your baby grows and learns, and why talking to your bump helps</li>"
                    "<li>money, housing, work or anything else that worries you</li></ul>"
                    "<p>Your partner, or someone close to you, is welcome too. Dads and partners often have questions of their own.</p>",
                ),
                (
                    "tip",
                    {
                        "text": "<p>You can ask for a free interpreter. Tell the team which language you need when they call you.</p>"
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "Before your appointment",
                        "items": [
                            "Have your maternity notes or pregnancy app ready",
                            "Write down any questions",
                            "Think about who will help you in the first weeks",
                            "Ask your partner or a family member to join you, if you would like",
                            "Tell the team if you need an interpreter",
                        ],
                    },
                ),
                (
                    "details",
                    {
                        "question": "Is this the same as my midwife appointments?",
                        "answer": "<p>No. Your midwife looks after you and your baby in pregnancy and in the first days after the birth. Your health visitor supports your family from late pregnancy until your child starts school. Keep going to all your midwife appointments.</p>",
                    },
                ),
                (
                    "details",
                    {
                        "question": "I have had a baby before. Is it still for me?",
                        "answer": "<p>Yes. The meeting is for all parents, not just first-time parents. Every pregnancy is different. It is also a good time to talk about how older children may feel about a new baby.</p>",
                    },
                ),
                ("heading", "After the meeting"),
                (
                    "paragraph",
                    '<p>Your health visitor will tell you what happens next. You will usually see the team again at the new birth visit, 10 to 14 days after your baby is born. Read <a href="/en/guides/first-weeks/new-birth-visit/">what happens at the new birth visit</a>.</p>',
                ),
                (
                    "urgent_help",
                    {
                        "title": "If you are worried about you or your baby",
                        "text": "<p>Your health visitor does not replace your midwife. If you are worried about your baby's movements, or you have bleeding, pain or your waters break, call your maternity unit straight away. The number is in your maternity notes. In an emergency, call 999.</p>",
                        "numbers": [
                            {"label": "Emergency", "number": "999"},
                            {"label": "NHS urgent advice", "number": "111"},
                            {"label": "Health visiting team", "number": "0116 000 0000"},
                        ],
                    },
                ),
                (
                    "directory_link",
                    {
                        "category": "health-visiting-clinic",
                        "text": "Find a family hub or health visiting clinic near you",
                    },
                ),
                ("directory_link", {"category": "antenatal", "text": "Find antenatal classes"}),
            ],
            "pl": [
                (
                    "paragraph",
                    "<p>Pielęgniarka środowiskowa (ang. health visitor) to pielęgniarka lub położna z dodatkowym przygotowaniem do opieki nad rodzinami. Zespół pielęgniarek środowiskowych wspiera Ciebie i Twoją rodzinę, dopóki dziecko nie skończy 5 lat.</p>"
                    "<p>Wszyscy przyszli rodzice dostają propozycję spotkania z pielęgniarką środowiskową przed narodzinami dziecka. Spotkanie odbywa się między 28. a 36. tygodniem ciąży i trwa około godziny. Nie zastępuje ono wizyt u położnej, tylko jest dodatkowym wsparciem.</p>",
                ),
                ("heading", "Gdzie i kiedy"),
                (
                    "paragraph",
                    "<p>Zespół skontaktuje się z Tobą, aby umówić termin. Spotkanie może odbyć się w Twoim domu, w centrum rodzinnym (family hub) albo przez rozmowę wideo. Jeśli jesteś w 32. tygodniu ciąży i nikt się z Tobą nie skontaktował, zadzwoń do zespołu.</p>",
                ),
                ("heading", "O czym porozmawiacie"),
                (
                    "paragraph",
                    "<ul><li>jak się czujesz, fizycznie i psychicznie</li>"
                    "<li>kto pomoże Ci po porodzie: rodzina, przyjaciele i lokalne grupy</li>"
                    "<li>jak planujesz karmić dziecko i gdzie szukać pomocy</li>"
                    "<li>bezpieczny sen i przygotowanie domu</li>"
                    "<li>jak dziecko rośnie i się uczy, i dlaczego warto mówić do brzucha</li>"
                    "<li>pieniądze, mieszkanie, praca i wszystko, co Cię martwi</li></ul>"
                    "<p>Może przyjść z Tobą partner albo inna bliska osoba. Ojcowie i partnerzy często też mają swoje pytania.</p>",
                ),
                (
                    "tip",
                    {
                        "text": "<p>Możesz poprosić o bezpłatnego tłumacza. Gdy zespół do Ciebie zadzwoni, powiedz, jakiego języka potrzebujesz.</p>"
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "Przed spotkaniem",
                        "items": [
                            "Przygotuj dokumentację ciąży lub aplikację ciążową",
                            "Zapisz swoje pytania",
                            "Zastanów się, kto pomoże Ci w pierwszych tygodniach",
                            "Jeśli chcesz, poproś partnera lub kogoś z rodziny, by był przy spotkaniu",
                            "Powiedz zespołowi, jeśli potrzebujesz tłumacza",
                        ],
                    },
                ),
                (
                    "details",
                    {
                        "question": "Czy to to samo co wizyty u położnej?",
                        "answer": "<p>Nie. Położna opiekuje się Tobą i dzieckiem w czasie ciąży i w pierwszych dniach po porodzie. Pielęgniarka środowiskowa wspiera rodzinę od końca ciąży, aż dziecko pójdzie do szkoły. Nadal chodź na wszystkie wizyty u położnej.</p>",
                    },
                ),
                (
                    "details",
                    {
                        "question": "Mam już dzieci. Czy to spotkanie jest też dla mnie?",
                        "answer": "<p>Tak. Spotkanie jest dla wszystkich rodziców, nie tylko dla tych, którzy czekają na pierwsze dziecko. Każda ciąża jest inna. To także dobra okazja, by porozmawiać o tym, jak starsze dzieci mogą przyjąć nowe rodzeństwo.</p>",
                    },
                ),
                ("heading", "Po spotkaniu"),
                (
                    "paragraph",
                    '<p>Pielęgniarka powie Ci, co będzie dalej. Zwykle zespół odwiedzi Cię ponownie 10–14 dni po porodzie. Przeczytaj, <a href="/pl/poradniki/pierwsze-tygodnie/wizyta-pielegniarki-po-narodzinach-dziecka/">jak wygląda wizyta po narodzinach dziecka</a>.</p>',
                ),
                (
                    "urgent_help",
                    {
                        "title": "Jeśli martwisz się o siebie lub dziecko",
                        "text": "<p>Pielęgniarka środowiskowa nie zastępuje położnej. Jeśli martwisz się ruchami dziecka, masz krwawienie lub ból albo odeszły Ci wody, od razu zadzwoń na oddział położniczy. Numer znajdziesz w dokumentacji ciąży. W nagłym wypadku dzwoń pod 999.</p>",
                        "numbers": [
                            {"label": "Pogotowie ratunkowe", "number": "999"},
                            {"label": "Pilna porada NHS", "number": "111"},
                            {
                                "label": "Zespół pielęgniarek środowiskowych",
                                "number": "0116 000 0000",
                            },
                        ],
                    },
                ),
                (
                    "directory_link",
                    {
                        "category": "health-visiting-clinic",
                        "text": "Znajdź centrum rodzinne lub przychodnię pielęgniarek środowiskowych",
                    },
                ),
                ("directory_link", {"category": "antenatal", "text": "Znajdź szkołę rodzenia"}),
            ],
            "ur": [
                (
                    "paragraph",
                    "<p>ہیلتھ وزیٹر ایک نرس یا مڈوائف ہوتی ہیں جنہوں نے خاندانوں کی دیکھ بھال کی اضافی تربیت حاصل کی ہوتی ہے۔ ہیلتھ وزیٹنگ ٹیم آپ کے بچے کی پانچ سال کی عمر تک آپ اور آپ کے خاندان کی مدد کرتی ہے۔</p>"
                    "<p>بچے کی پیدائش سے پہلے تمام ہونے والے والدین کو ہیلتھ وزیٹر سے ملاقات کی پیشکش کی جاتی ہے۔ یہ ملاقات حمل کے 28 ویں سے 36 ویں ہفتے کے درمیان ہوتی ہے اور تقریباً ایک گھنٹہ لیتی ہے۔ یہ مڈوائف کے معائنوں کے علاوہ ہے، ان کی جگہ نہیں۔</p>",
                ),
                ("heading", "کہاں اور کب"),
                (
                    "paragraph",
                    "<p>ٹیم وقت طے کرنے کے لیے آپ سے رابطہ کرے گی۔ ملاقات آپ کے گھر پر، کسی فیملی ہب میں یا ویڈیو کال پر ہو سکتی ہے۔ اگر آپ 32 ہفتوں کی حاملہ ہیں اور کسی نے آپ سے رابطہ نہیں کیا تو ٹیم کو فون کریں۔</p>",
                ),
                ("heading", "ملاقات میں کن موضوعات پر بات ہوگی"),
                (
                    "paragraph",
                    "<ul><li>آپ جسمانی اور ذہنی طور پر کیسا محسوس کر رہی ہیں</li>"
                    "<li>پیدائش کے بعد کون آپ کی مدد کر سکتا ہے: خاندان، دوست اور مقامی گروپس</li>"
                    "<li>آپ بچے کو کیسے دودھ پلانا چاہتی ہیں، اور مدد کہاں سے ملے گی</li>"
                    "<li>محفوظ نیند اور گھر کی تیاری</li>"
                    "<li>آپ کا بچہ کیسے بڑھتا اور سیکھتا ہے، اور پیٹ میں بچے سے باتیں کرنا کیوں اچھا ہے</li>"
                    "<li>پیسے، رہائش، کام یا کوئی بھی بات جو آپ کو پریشان کرتی ہو</li></ul>"
                    "<p>آپ کے شوہر یا ساتھی، یا کوئی قریبی فرد بھی ساتھ آ سکتا ہے۔ والد اور ساتھیوں کے بھی اکثر اپنے سوالات ہوتے ہیں۔</p>",
                ),
                (
                    "tip",
                    {
                        "text": "<p>آپ مفت ترجمان مانگ سکتی ہیں۔ جب ٹیم آپ کو فون کرے تو انہیں بتائیں کہ آپ کو کس زبان کی ضرورت ہے۔</p>"
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "ملاقات سے پہلے",
                        "items": [
                            "اپنے حمل کے کاغذات یا حمل کی ایپ تیار رکھیں",
                            "اپنے سوالات لکھ لیں",
                            "سوچیں کہ پہلے ہفتوں میں کون آپ کی مدد کرے گا",
                            "اگر آپ چاہیں تو اپنے ساتھی یا خاندان کے کسی فرد کو ساتھ بلا لیں",
                            "اگر ترجمان کی ضرورت ہو تو ٹیم کو بتائیں",
                        ],
                    },
                ),
                (
                    "details",
                    {
                        "question": "کیا یہ مڈوائف کی ملاقاتوں جیسا ہی ہے؟",
                        "answer": "<p>نہیں۔ مڈوائف حمل کے دوران اور پیدائش کے بعد پہلے چند دنوں میں آپ کی اور بچے کی دیکھ بھال کرتی ہیں۔ ہیلتھ وزیٹر حمل کے آخری ہفتوں سے لے کر بچے کے اسکول جانے تک آپ کے خاندان کی مدد کرتی ہیں۔ مڈوائف کی تمام ملاقاتوں پر جاتی رہیں۔</p>",
                    },
                ),
                (
                    "details",
                    {
                        "question": "میرے پہلے سے بچے ہیں۔ کیا یہ ملاقات میرے لیے بھی ہے؟",
                        "answer": "<p>جی ہاں۔ یہ ملاقات تمام والدین کے لیے ہے، صرف پہلی بار ماں باپ بننے والوں کے لیے نہیں۔ ہر حمل مختلف ہوتا ہے۔ یہ اس بارے میں بات کرنے کا بھی اچھا موقع ہے کہ بڑے بچے نئے بہن یا بھائی کے بارے میں کیسا محسوس کر سکتے ہیں۔</p>",
                    },
                ),
                ("heading", "ملاقات کے بعد"),
                (
                    "paragraph",
                    '<p>ہیلتھ وزیٹر آپ کو بتائیں گی کہ آگے کیا ہوگا۔ عام طور پر ٹیم پیدائش کے 10 سے 14 دن بعد آپ سے دوبارہ ملتی ہے۔ پڑھیں کہ <a href="/ur/guides/first-weeks/new-birth-visit/">پیدائش کے بعد پہلی ملاقات</a> میں کیا ہوتا ہے۔</p>',
                ),
                (
                    "urgent_help",
                    {
                        "title": "اگر آپ کو اپنی یا بچے کی فکر ہو",
                        "text": "<p>ہیلتھ وزیٹر آپ کی مڈوائف کی جگہ نہیں لیتیں۔ اگر آپ کو بچے کی حرکت کے بارے میں فکر ہو، یا خون آئے، درد ہو یا پانی کی تھیلی پھٹ جائے تو فوراً میٹرنٹی یونٹ کو فون کریں۔ نمبر آپ کے حمل کے کاغذات میں لکھا ہے۔ ہنگامی صورت میں 999 پر کال کریں۔</p>",
                        "numbers": [
                            {"label": "ہنگامی صورت", "number": "999"},
                            {"label": "NHS فوری مشورہ", "number": "111"},
                            {"label": "ہیلتھ وزیٹنگ ٹیم", "number": "0116 000 0000"},
                        ],
                    },
                ),
                (
                    "directory_link",
                    {
                        "category": "health-visiting-clinic",
                        "text": "اپنے قریب فیملی ہب یا ہیلتھ وزیٹنگ کلینک تلاش کریں",
                    },
                ),
                (
                    "directory_link",
                    {"category": "antenatal", "text": "زچگی سے پہلے کی کلاسیں تلاش کریں"},
                ),
            ],
        },
    },
    {
        "stage": "pregnancy",
        "slug": "your-babys-movements",
        "title": {"en": "Your baby's movements and when to call the maternity unit"},
        "summary": {
            "en": "Feeling your baby move is a sign they are well. Get to know their pattern, and call straight away if it changes."
        },
        "age_from_weeks": -24,
        "age_to_weeks": 2,
        "body": {
            "en": [
                (
                    "paragraph",
                    "<p>Most people start to feel their baby move between 16 and 24 weeks of pregnancy. At first it may feel like a flutter or bubbles. Later you will feel kicks, rolls and jabs.</p>"
                    "<p>If you have not felt your baby move by 24 weeks, tell your midwife.</p>",
                ),
                ("heading", "Get to know your baby's pattern"),
                (
                    "paragraph",
                    "<p>There is no set number of kicks that is normal. Every baby is different. What matters is your own baby's pattern. Notice when your baby usually moves, for example after you eat or when you lie down at night.</p>"
                    "<p>Your baby should keep moving right up to labour, and during labour too. It is <b>not</b> true that babies move less near the end of pregnancy.</p>",
                ),
                (
                    "urgent_help",
                    {
                        "title": "Call your maternity unit straight away if",
                        "text": "<ul><li>your baby is moving less than usual</li>"
                        "<li>the pattern of movements has changed</li>"
                        "<li>you cannot feel your baby move</li></ul>"
                        "<p>Do not wait until the next day or your next appointment. The maternity unit is open 24 hours a day, every day. The number is in your maternity notes. If you cannot reach them, call 999.</p>",
                        "numbers": [
                            {"label": "Emergency", "number": "999"},
                            {
                                "label": "NHS urgent advice, if you cannot find your maternity unit's number",
                                "number": "111",
                            },
                        ],
                    },
                ),
                (
                    "tip",
                    {
                        "text": "<p>Do not use a home heartbeat monitor (doppler) or a phone app to check on your baby. You might hear a heartbeat even when your baby is unwell. Call the maternity unit instead.</p>"
                    },
                ),
                ("heading", "Other reasons to call the maternity unit"),
                (
                    "paragraph",
                    "<p>Call your maternity unit or midwife straight away if you have:</p>"
                    "<ul><li>bleeding from your vagina</li>"
                    "<li>your waters break, or fluid leaks from your vagina</li>"
                    "<li>a bad headache, problems with your sight, or sudden swelling of your face, hands or feet</li>"
                    "<li>very itchy skin, especially on your hands and feet</li>"
                    "<li>strong, regular pains before 37 weeks</li>"
                    "<li>pain in your tummy that does not go away</li>"
                    "<li>a high temperature, or you feel hot and shivery</li></ul>",
                ),
                (
                    "checklist",
                    {
                        "title": "Be ready to call",
                        "items": [
                            "Save the maternity unit's number in your phone",
                            "Keep your maternity notes with you",
                            "Plan how you would get to hospital, day or night",
                            "Tell your partner or a friend what to look out for",
                        ],
                    },
                ),
                (
                    "details",
                    {
                        "question": "I feel silly calling again. Should I still call?",
                        "answer": "<p>Yes. Midwives want you to call. You are never wasting their time. Call every time you are worried, even if your baby was fine when they checked last time.</p>",
                    },
                ),
                (
                    "details",
                    {
                        "question": "What will happen when I call?",
                        "answer": "<p>The midwife will ask you some questions. They will usually ask you to come in. They will listen to your baby's heartbeat and may do other checks. Most of the time everything is fine, but it is always right to check.</p>",
                    },
                ),
                (
                    "paragraph",
                    '<p><a href="https://www.nhs.uk/pregnancy/keeping-well/your-babys-movements/">Read more about your baby\'s movements on the NHS website</a>.</p>',
                ),
                ("directory_link", {"category": "midwife-clinic", "text": "Find a midwife clinic"}),
            ]
        },
    },
    {
        "stage": "pregnancy",
        "slug": "mental-health-in-pregnancy",
        "title": {"en": "Looking after your mental health in pregnancy"},
        "summary": {
            "en": "Feeling worried or low in pregnancy is common. How to look after yourself, and where to get help if you need it."
        },
        "age_from_weeks": -40,
        "age_to_weeks": 0,
        "body": {
            "en": [
                (
                    "paragraph",
                    "<p>Pregnancy can bring lots of feelings. You may feel happy one day and worried the next. This is normal. But for some people, the worry or sadness does not go away.</p>"
                    "<p>Up to 1 in 5 women have problems with their mental health in pregnancy or in the first year after birth. Partners can struggle too. You are not alone, and help works.</p>",
                ),
                ("heading", "Signs to look out for"),
                (
                    "paragraph",
                    "<ul><li>feeling low or hopeless most days</li>"
                    "<li>losing interest in things you used to enjoy</li>"
                    "<li>worrying all the time, or having panic attacks</li>"
                    "<li>thoughts that scare you, or that you cannot stop going over</li>"
                    "<li>feeling that you cannot cope</li></ul>"
                    "<p>If you have had mental health problems before, tell your midwife early. You can get extra support, even if you feel well now.</p>",
                ),
                ("heading", "Things that can help"),
                (
                    "checklist",
                    {
                        "title": "Small steps that can help",
                        "items": [
                            "Tell someone you trust how you feel",
                            "Rest when you can, and eat regular meals",
                            "Get outside for a short walk each day",
                            "Meet other parents-to-be at a group or antenatal class",
                            "Spend less time on social media if it makes you feel worse",
                            "Write down your worries and take them to your next appointment",
                        ],
                    },
                ),
                ("heading", "Where to get help"),
                (
                    "paragraph",
                    "<p>Talk to your midwife, GP or health visitor. They will listen, and they will not judge you. Asking for help does not mean you are a bad parent. Getting support early is good for you and your baby.</p>"
                    "<p>You can also refer yourself to NHS Talking Therapies. It is free.</p>",
                ),
                (
                    "details",
                    {
                        "question": "Will my baby be taken away if I say I am struggling?",
                        "answer": "<p>No. This is a very common worry. Midwives and health visitors want to help you and your baby stay well together. Telling them how you feel means you can get the right support.</p>",
                    },
                ),
                (
                    "details",
                    {
                        "question": "Can I keep taking my medicine?",
                        "answer": "<p>Do not stop any medicine for your mental health without talking to your GP or midwife first. Stopping suddenly can make you feel worse. They will help you decide what is best for you and your baby.</p>",
                    },
                ),
                (
                    "details",
                    {
                        "question": "What if someone at home hurts or frightens me?",
                        "answer": "<p>If someone hurts you, frightens you or controls you, it is not your fault. Abuse often starts or gets worse in pregnancy. You can speak to your midwife on your own, and they can help you find safe support. If you are in danger now, call 999.</p>",
                    },
                ),
                (
                    "urgent_help",
                    {
                        "title": "Get help now",
                        "text": "<p>If you think you might harm yourself or end your life, or you suddenly feel very unwell, get help straight away. Call 999 or go to A&amp;E. You can also call NHS 111 and choose the mental health option.</p>",
                        "numbers": [
                            {"label": "Emergency", "number": "999"},
                            {"label": "NHS urgent advice", "number": "111"},
                            {"label": "Health visiting team", "number": "0116 000 0000"},
                        ],
                    },
                ),
                (
                    "paragraph",
                    '<p><a href="https://www.nhs.uk/pregnancy/keeping-well/mental-health/">Read more about mental health in pregnancy on the NHS website</a>.</p>',
                ),
                (
                    "directory_link",
                    {
                        "category": "perinatal-mental-health",
                        "text": "Find support for your mental health",
                    },
                ),
                (
                    "directory_link",
                    {"category": "dads-and-partners", "text": "Find groups for dads and partners"},
                ),
            ]
        },
    },
    {
        "stage": "pregnancy",
        "slug": "stopping-smoking-in-pregnancy",
        "title": {"en": "Stopping smoking: help for you and your family"},
        "summary": {
            "en": "Stopping smoking is one of the best things you can do for your baby. Free help makes it easier, and it is never too late."
        },
        "age_from_weeks": -40,
        "age_to_weeks": 0,
        "body": {
            "en": [
                (
                    "paragraph",
                    "<p>When you smoke, harmful chemicals pass to your baby, and your baby gets less oxygen. Smoking in pregnancy makes miscarriage, stillbirth and sudden infant death more likely. It also makes it more likely that your baby is born too early or too small.</p>"
                    "<p>Stopping at any time helps. The sooner you stop, the better, but it is never too late.</p>",
                ),
                ("heading", "Free help to stop"),
                (
                    "paragraph",
                    "<p>You are up to 3 times more likely to stop with help from a stop smoking service than on your own. The help is free. Your midwife can refer you, or you can ask at your GP surgery or a pharmacy.</p>"
                    "<p>A stop smoking adviser can:</p>"
                    "<ul><li>meet you or call you each week</li>"
                    "<li>help you get nicotine replacement, like patches or gum, which are safe to use in pregnancy</li>"
                    "<li>help you plan for hard moments, like stress or being around smokers</li>"
                    "<li>support your partner or family to stop too</li></ul>",
                ),
                (
                    "tip",
                    {
                        "text": "<p>Cravings usually pass in a few minutes. Have a plan ready: drink a glass of water, go for a short walk, or call a friend.</p>"
                    },
                ),
                (
                    "details",
                    {
                        "question": "Can I use a vape?",
                        "answer": "<p>Vaping is not completely risk-free, but it is much less harmful than smoking. If a vape helps you stop smoking, it is much safer for you and your baby than carrying on smoking. Talk to your midwife or stop smoking adviser.</p>",
                    },
                ),
                (
                    "details",
                    {
                        "question": "What is the carbon monoxide test?",
                        "answer": "<p>Your midwife may ask you to breathe into a small machine. It measures carbon monoxide, a poisonous gas in cigarette smoke. Other people's smoke or a faulty boiler can show up too. It only takes a minute.</p>",
                    },
                ),
                ("heading", "A smoke-free home and car"),
                (
                    "paragraph",
                    "<p>Other people's smoke harms you and your baby too. After your baby is born, smoke makes chest infections, asthma and sudden infant death more likely.</p>",
                ),
                (
                    "checklist",
                    {
                        "title": "Keep your baby away from smoke",
                        "items": [
                            "Ask everyone to smoke outside, away from doors and windows",
                            "Never smoke in the car: it is against the law to smoke in a car with a child in it",
                            "Do not let anyone smoke near your baby",
                            "Never share a bed with your baby if you or your partner smoke",
                        ],
                    },
                ),
                (
                    "paragraph",
                    '<p><a href="https://www.nhs.uk/pregnancy/keeping-well/stop-smoking/">Read more about stopping smoking in pregnancy on the NHS website</a>.</p>',
                ),
                (
                    "directory_link",
                    {"category": "family-support", "text": "Find support and advice near you"},
                ),
            ]
        },
    },
    {
        "stage": "pregnancy",
        "slug": "getting-ready-for-your-baby",
        "title": {"en": "Getting ready for your baby"},
        "summary": {
            "en": "What you need, what you can do without, and the things to sort out before your baby arrives."
        },
        "age_from_weeks": -20,
        "age_to_weeks": 0,
        "body": {
            "en": [
                (
                    "paragraph",
                    "<p>You do not need to buy lots of things for a new baby. Babies need love, milk, warmth, a safe place to sleep and clean nappies. Here is a simple guide to help you plan.</p>",
                ),
                ("heading", "The things you need"),
                (
                    "checklist",
                    {
                        "title": "For the first weeks",
                        "items": [
                            "A cot or Moses basket with a firm, flat, waterproof mattress",
                            "A new mattress, even if the cot is second-hand",
                            "A rear-facing car seat, if your baby will travel by car",
                            "Vests, sleepsuits, and a hat for outdoors",
                            "Nappies, cotton wool and a bowl for warm water",
                            "A baby sleeping bag or thin cotton blankets",
                            "Bottles, a steriliser and first infant formula, if you plan to formula feed",
                        ],
                    },
                ),
                (
                    "tip",
                    {
                        "text": "<p>Family hubs and local groups often have pre-loved baby clothes and equipment. Ask at your local family hub. Always use a new mattress, and do not use a car seat that has been in an accident.</p>"
                    },
                ),
                ("heading", "Your bag for the birth"),
                (
                    "paragraph",
                    "<p>Pack a bag by the time you are 36 weeks pregnant. Include your maternity notes, loose comfy clothes, maternity pads, snacks and drinks, and a phone charger. Add clothes, a hat and nappies for your baby.</p>"
                    "<p>Plan how you will get to the hospital or birth centre, at any time of the day or night.</p>",
                ),
                ("heading", "Things to sort out"),
                (
                    "paragraph",
                    "<ul><li><b>Free prescriptions and dental care.</b> These are free while you are pregnant and for 12 months after. Ask your midwife for the maternity exemption form.</li>"
                    "<li><b>Money.</b> You may be able to get Statutory Maternity Pay, Maternity Allowance or a Sure Start Maternity Grant. Your family hub can help with forms.</li>"
                    '<li><b>Healthy Start.</b> If you get certain benefits, you can get help to buy food and free vitamins. Read about <a href="/en/guides/feeding/healthy-start-and-vitamins/">Healthy Start</a>.</li>'
                    "<li><b>Your home.</b> Check your smoke alarms work, and keep your home smoke-free.</li></ul>",
                ),
                ("heading", "After your baby is born"),
                (
                    "paragraph",
                    "<p>Register your baby's birth within 42 days, and register your baby with your GP. The health visiting team will visit you at home when your baby is 10 to 14 days old.</p>",
                ),
                (
                    "details",
                    {
                        "question": "Do I need a baby bath or a changing table?",
                        "answer": "<p>No. You can wash your baby in a clean sink or a washing-up bowl. You can change them on a mat or towel on the floor. The floor is safer than a high table, because babies can wriggle and roll.</p>",
                    },
                ),
                (
                    "details",
                    {
                        "question": "When should I think about feeding?",
                        "answer": '<p>Before your baby arrives. Read about <a href="/en/guides/feeding/breastfeeding-getting-started/">breastfeeding</a> and <a href="/en/guides/feeding/safe-formula-feeding/">formula feeding</a>, and talk to your midwife or health visitor.</p>',
                    },
                ),
                (
                    "directory_link",
                    {"category": "antenatal", "text": "Find antenatal classes near you"},
                ),
                (
                    "directory_link",
                    {
                        "category": "family-support",
                        "text": "Find help with money, housing and baby items",
                    },
                ),
            ]
        },
    },
    # --- The first weeks ----------------------------------------------------------
    {
        "stage": "first-weeks",
        "slug": "new-birth-visit",
        "title": {
            "en": "The new birth visit: 10 to 14 days after birth",
            "pl": "Wizyta pielęgniarki po narodzinach dziecka",
            "ur": "پیدائش کے بعد ہیلتھ وزیٹر کی پہلی ملاقات",
        },
        "summary": {
            "en": "A health visitor will visit you and your baby at home when your baby is 10 to 14 days old. Here is what to expect.",
            "pl": "Gdy dziecko ma 10–14 dni, odwiedzi Was w domu pielęgniarka środowiskowa (health visitor). Zobacz, czego się spodziewać.",
            "ur": "جب آپ کا بچہ 10 سے 14 دن کا ہوگا تو ایک ہیلتھ وزیٹر آپ کے گھر آئیں گی۔ جانیے کہ اس ملاقات میں کیا ہوتا ہے۔",
        },
        "age_from_weeks": -4,
        "age_to_weeks": 3,
        "body": {
            "en": [
                (
                    "paragraph",
                    "<p>In the first days after birth, your midwife looks after you and your baby. Then your health visiting team takes over. A health visitor will come to your home when your baby is 10 to 14 days old. This is called the new birth visit. It usually takes about an hour.</p>",
                ),
                ("heading", "What happens at the visit"),
                (
                    "paragraph",
                    "<p>The health visitor will:</p>"
                    "<ul><li>ask how you are feeling, in your body and in your mind</li>"
                    "<li>weigh your baby and talk about feeding</li>"
                    "<li>talk about safe sleep and keeping your baby safe at home</li>"
                    "<li>give you, or look at, your baby's red book (personal child health record)</li>"
                    "<li>tell you about vaccinations, which start at 8 weeks</li>"
                    "<li>tell you about your local family hub, groups and clinics</li></ul>"
                    "<p>It is a good time to ask anything. No question is too small.</p>",
                ),
                (
                    "tip",
                    {
                        "text": "<p>Keep your baby's red book safe, and take it to every appointment. It is your baby's health record for the next five years.</p>"
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "Before the visit",
                        "items": [
                            "Write down any questions",
                            "Have your baby's red book and your hospital discharge papers ready",
                            "Tell the team if you need an interpreter",
                            "Ask your partner to be there, if they can",
                            "Keep a note of feeds, and of wet and dirty nappies",
                        ],
                    },
                ),
                ("heading", "Things to do in the first weeks"),
                (
                    "paragraph",
                    "<ul><li>Register your baby's birth within 42 days.</li>"
                    "<li>Register your baby with your GP.</li>"
                    "<li>Book your baby's first vaccinations at 8 weeks, if your GP surgery has not contacted you.</li>"
                    '<li>Make sure your baby sleeps safely. Read our <a href="/en/guides/first-weeks/safe-sleep/">safe sleep guide</a>.</li></ul>',
                ),
                (
                    "details",
                    {
                        "question": "What if nobody has contacted me?",
                        "answer": "<p>If your baby is 14 days old and you have not heard from the health visiting team, call us on 0116 000 0000.</p>",
                    },
                ),
                (
                    "details",
                    {
                        "question": "Can I see a health visitor after this?",
                        "answer": "<p>Yes. You will be offered a review when your baby is 6 to 8 weeks old. You can also go to a health visiting clinic at a family hub, or call the team at any time in working hours.</p>",
                    },
                ),
                (
                    "urgent_help",
                    {
                        "title": "If your baby is unwell",
                        "text": "<p>Call 999 if your baby is seriously ill, for example if they are struggling to breathe, are very hard to wake or have a fit. Call NHS 111 for urgent advice. Do not wait for the health visitor's visit.</p>",
                        "numbers": [
                            {"label": "Emergency", "number": "999"},
                            {"label": "NHS urgent advice", "number": "111"},
                            {"label": "Health visiting team", "number": "0116 000 0000"},
                        ],
                    },
                ),
                (
                    "directory_link",
                    {
                        "category": "health-visiting-clinic",
                        "text": "Find a health visiting clinic near you",
                    },
                ),
                (
                    "directory_link",
                    {"category": "infant-feeding", "text": "Find feeding support near you"},
                ),
            ],
            "pl": [
                (
                    "paragraph",
                    "<p>W pierwszych dniach po porodzie Tobą i dzieckiem opiekuje się położna. Potem opiekę przejmuje zespół pielęgniarek środowiskowych. Pielęgniarka środowiskowa (ang. health visitor) odwiedzi Was w domu, gdy dziecko będzie miało 10–14 dni. To tak zwana wizyta po narodzinach (ang. new birth visit). Zwykle trwa około godziny.</p>",
                ),
                ("heading", "Co dzieje się podczas wizyty"),
                (
                    "paragraph",
                    "<p>Pielęgniarka:</p>"
                    "<ul><li>zapyta, jak się czujesz, fizycznie i psychicznie</li>"
                    "<li>zważy dziecko i porozmawia z Tobą o karmieniu</li>"
                    "<li>opowie o bezpiecznym śnie i o bezpieczeństwie dziecka w domu</li>"
                    "<li>da Ci lub przejrzy czerwoną książeczkę zdrowia dziecka (ang. red book)</li>"
                    "<li>powie o szczepieniach, które zaczynają się w 8. tygodniu życia</li>"
                    "<li>opowie o najbliższym centrum rodzinnym (family hub), grupach i przychodniach</li></ul>"
                    "<p>To dobra okazja, by zapytać o wszystko. Żadne pytanie nie jest zbyt błahe.</p>",
                ),
                (
                    "tip",
                    {
                        "text": "<p>Przechowuj czerwoną książeczkę w bezpiecznym miejscu i zabieraj ją na każdą wizytę. To zapis zdrowia Twojego dziecka na najbliższe pięć lat.</p>"
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "Przed wizytą",
                        "items": [
                            "Zapisz swoje pytania",
                            "Przygotuj czerwoną książeczkę i wypis ze szpitala",
                            "Powiedz zespołowi, jeśli potrzebujesz tłumacza",
                            "Poproś partnera, by był obecny, jeśli to możliwe",
                            "Zapisuj karmienia oraz mokre i brudne pieluchy",
                        ],
                    },
                ),
                ("heading", "Co załatwić w pierwszych tygodniach"),
                (
                    "paragraph",
                    "<ul><li>Zarejestruj urodzenie dziecka w ciągu 42 dni.</li>"
                    "<li>Zapisz dziecko do swojego lekarza rodzinnego (GP).</li>"
                    "<li>Umów pierwsze szczepienia w 8. tygodniu życia, jeśli przychodnia sama się nie odezwie.</li>"
                    '<li>Zadbaj o bezpieczny sen dziecka. Przeczytaj nasz <a href="/pl/poradniki/pierwsze-tygodnie/bezpieczny-sen-dziecka/">poradnik o bezpiecznym śnie</a>.</li></ul>',
                ),
                (
                    "details",
                    {
                        "question": "Co zrobić, jeśli nikt się ze mną nie skontaktował?",
                        "answer": "<p>Jeśli dziecko ma już 14 dni, a zespół pielęgniarek środowiskowych się nie odezwał, zadzwoń do nas pod numer 0116 000 0000.</p>",
                    },
                ),
                (
                    "details",
                    {
                        "question": "Czy mogę spotkać się z pielęgniarką także później?",
                        "answer": "<p>Tak. Gdy dziecko będzie miało 6–8 tygodni, dostaniesz propozycję kolejnego przeglądu. Możesz też przyjść do przychodni pielęgniarek środowiskowych w centrum rodzinnym albo zadzwonić do zespołu w godzinach pracy.</p>",
                    },
                ),
                (
                    "urgent_help",
                    {
                        "title": "Jeśli dziecko źle się czuje",
                        "text": "<p>Zadzwoń pod 999, jeśli dziecko jest poważnie chore, na przykład ma trudności z oddychaniem, bardzo trudno je obudzić albo ma drgawki. Aby uzyskać pilną poradę, zadzwoń pod NHS 111. Nie czekaj na wizytę pielęgniarki.</p>",
                        "numbers": [
                            {"label": "Pogotowie ratunkowe", "number": "999"},
                            {"label": "Pilna porada NHS", "number": "111"},
                            {
                                "label": "Zespół pielęgniarek środowiskowych",
                                "number": "0116 000 0000",
                            },
                        ],
                    },
                ),
                (
                    "directory_link",
                    {
                        "category": "health-visiting-clinic",
                        "text": "Znajdź przychodnię pielęgniarek środowiskowych w pobliżu",
                    },
                ),
                (
                    "directory_link",
                    {"category": "infant-feeding", "text": "Znajdź wsparcie w karmieniu w pobliżu"},
                ),
            ],
            "ur": [
                (
                    "paragraph",
                    "<p>پیدائش کے بعد پہلے چند دنوں میں مڈوائف آپ کی اور بچے کی دیکھ بھال کرتی ہیں۔ اس کے بعد ہیلتھ وزیٹنگ ٹیم یہ ذمہ داری سنبھال لیتی ہے۔ جب آپ کا بچہ 10 سے 14 دن کا ہوگا تو ایک ہیلتھ وزیٹر آپ کے گھر آئیں گی۔ اسے نیو برتھ وزٹ یعنی پیدائش کے بعد کی ملاقات کہتے ہیں۔ یہ عام طور پر تقریباً ایک گھنٹہ لیتی ہے۔</p>",
                ),
                ("heading", "ملاقات میں کیا ہوتا ہے"),
                (
                    "paragraph",
                    "<p>ہیلتھ وزیٹر:</p>"
                    "<ul><li>پوچھیں گی کہ آپ جسمانی اور ذہنی طور پر کیسا محسوس کر رہے ہیں</li>"
                    "<li>بچے کا وزن کریں گی اور دودھ پلانے کے بارے میں بات کریں گی</li>"
                    "<li>محفوظ نیند اور گھر میں بچے کی حفاظت کے بارے میں بتائیں گی</li>"
                    "<li>آپ کو بچے کی ریڈ بک (صحت کا ریکارڈ) دیں گی یا اسے دیکھیں گی</li>"
                    "<li>حفاظتی ٹیکوں کے بارے میں بتائیں گی، جو 8 ہفتے کی عمر سے شروع ہوتے ہیں</li>"
                    "<li>آپ کو قریبی فیملی ہب، گروپس اور کلینکس کے بارے میں بتائیں گی</li></ul>"
                    "<p>یہ کچھ بھی پوچھنے کا اچھا موقع ہے۔ کوئی سوال چھوٹا نہیں ہوتا۔</p>",
                ),
                (
                    "tip",
                    {
                        "text": "<p>بچے کی ریڈ بک سنبھال کر رکھیں اور ہر ملاقات پر ساتھ لے جائیں۔ یہ اگلے پانچ سال تک آپ کے بچے کی صحت کا ریکارڈ ہے۔</p>"
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "ملاقات سے پہلے",
                        "items": [
                            "اپنے سوالات لکھ لیں",
                            "بچے کی ریڈ بک اور ہسپتال سے ملنے والے کاغذات تیار رکھیں",
                            "اگر ترجمان کی ضرورت ہو تو ٹیم کو بتائیں",
                            "اگر ممکن ہو تو اپنے ساتھی کو بھی موجود رہنے کو کہیں",
                            "لکھتے رہیں کہ بچہ کتنی بار دودھ پیتا ہے اور کتنے ڈائپر گیلے یا گندے ہوتے ہیں",
                        ],
                    },
                ),
                ("heading", "پہلے ہفتوں میں کرنے کے کام"),
                (
                    "paragraph",
                    "<ul><li>42 دن کے اندر بچے کی پیدائش کا اندراج (رجسٹریشن) کروائیں۔</li>"
                    "<li>بچے کو اپنے جی پی (فیملی ڈاکٹر) کے ہاں رجسٹر کروائیں۔</li>"
                    "<li>اگر جی پی سرجری نے خود رابطہ نہ کیا ہو تو 8 ہفتے پر پہلے حفاظتی ٹیکوں کا وقت لیں۔</li>"
                    '<li>یقینی بنائیں کہ بچہ محفوظ طریقے سے سوتا ہے۔ ہماری <a href="/ur/guides/first-weeks/safe-sleep/">محفوظ نیند کی رہنمائی</a> پڑھیں۔</li></ul>',
                ),
                (
                    "details",
                    {
                        "question": "اگر کسی نے مجھ سے رابطہ نہ کیا ہو تو کیا کروں؟",
                        "answer": "<p>اگر آپ کا بچہ 14 دن کا ہو گیا ہے اور ہیلتھ وزیٹنگ ٹیم نے رابطہ نہیں کیا تو ہمیں 0116 000 0000 پر فون کریں۔</p>",
                    },
                ),
                (
                    "details",
                    {
                        "question": "کیا اس کے بعد بھی ہیلتھ وزیٹر سے ملاقات ہو سکتی ہے؟",
                        "answer": "<p>جی ہاں۔ جب بچہ 6 سے 8 ہفتے کا ہوگا تو آپ کو اگلے معائنے کی پیشکش کی جائے گی۔ آپ فیملی ہب میں ہیلتھ وزیٹنگ کلینک بھی جا سکتے ہیں، یا دفتری اوقات میں کسی بھی وقت ٹیم کو فون کر سکتے ہیں۔</p>",
                    },
                ),
                (
                    "urgent_help",
                    {
                        "title": "اگر بچے کی طبیعت خراب ہو",
                        "text": "<p>اگر آپ کا بچہ شدید بیمار ہو، مثلاً اسے سانس لینے میں مشکل ہو، اسے جگانا بہت مشکل ہو یا اسے دورہ پڑے، تو 999 پر کال کریں۔ فوری مشورے کے لیے NHS 111 پر کال کریں۔ ہیلتھ وزیٹر کی ملاقات کا انتظار نہ کریں۔</p>",
                        "numbers": [
                            {"label": "ہنگامی صورت", "number": "999"},
                            {"label": "NHS فوری مشورہ", "number": "111"},
                            {"label": "ہیلتھ وزیٹنگ ٹیم", "number": "0116 000 0000"},
                        ],
                    },
                ),
                (
                    "directory_link",
                    {
                        "category": "health-visiting-clinic",
                        "text": "اپنے قریب ہیلتھ وزیٹنگ کلینک تلاش کریں",
                    },
                ),
                (
                    "directory_link",
                    {
                        "category": "infant-feeding",
                        "text": "اپنے قریب دودھ پلانے میں مدد تلاش کریں",
                    },
                ),
            ],
        },
    },
    {
        "stage": "first-weeks",
        "slug": "safe-sleep",
        "title": {
            "en": "Safe sleep for your baby",
            "pl": "Bezpieczny sen dziecka",
            "ur": "آپ کے بچے کے لیے محفوظ نیند",
        },
        "summary": {
            "en": "Simple steps that lower the risk of sudden infant death syndrome (SIDS), for every sleep, day and night.",
            "pl": "Proste zasady, które zmniejszają ryzyko nagłej śmierci łóżeczkowej (SIDS), przy każdym śnie, w dzień i w nocy.",
            "ur": "آسان اقدامات جو اچانک نومولود کی موت (SIDS) کا خطرہ کم کرتے ہیں، ہر نیند کے وقت، دن ہو یا رات۔",
        },
        "age_from_weeks": -8,
        "age_to_weeks": 52,
        "body": {
            "en": [
                (
                    "paragraph",
                    "<p>Sudden infant death syndrome (SIDS) is when a baby dies suddenly in their sleep and no cause is found. It is rare. There are simple things you can do, for every sleep, to make it even less likely.</p>",
                ),
                ("heading", "Every sleep, day and night"),
                (
                    "checklist",
                    {
                        "title": "Safe sleep checklist",
                        "items": [
                            "Put your baby on their back to sleep",
                            "Put them in their own cot or Moses basket, in the same room as you, for the first 6 months",
                            "Use a firm, flat, waterproof mattress in good condition",
                            "Keep the cot clear: no pillows, bumpers, toys or cot nests",
                            "Put your baby with their feet at the foot of the cot",
                            "Keep your baby smoke-free, in pregnancy and after birth",
                            "Do not let your baby get too hot",
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<p>If you use a blanket, tuck it in firmly, no higher than your baby's shoulders. A baby sleeping bag that fits well is a good choice too.</p>",
                ),
                ("heading", "Not too hot"),
                (
                    "paragraph",
                    "<p>A room temperature of 16°C to 20°C is right for most babies. Use light bedding. Do not put a hat on your baby for sleep indoors. To check if your baby is too hot, feel their chest or the back of their neck. If it is sweaty, take a layer off.</p>",
                ),
                ("heading", "Sofas and sharing a bed"),
                (
                    "paragraph",
                    "<p><b>Never sleep with your baby on a sofa or armchair.</b> This is very dangerous. If you feel sleepy while feeding on the sofa, put your baby down in their cot.</p>"
                    "<p>Some parents choose to share a bed with their baby. Never share a bed with your baby if:</p>"
                    "<ul><li>you or your partner smoke</li>"
                    "<li>either of you has drunk alcohol or taken drugs</li>"
                    "<li>either of you takes medicine that makes you drowsy</li>"
                    "<li>you are very tired</li>"
                    "<li>your baby was born early or was small at birth</li></ul>"
                    "<p>If you do share a bed, keep pillows and covers away from your baby. Make sure your baby cannot fall out or get trapped.</p>",
                ),
                (
                    "tip",
                    {
                        "text": "<p>When you stop the car, take your baby out of the car seat. Babies should not sleep in a car seat for long. In a sling, keep your baby's face in view and their chin off their chest.</p>"
                    },
                ),
                (
                    "details",
                    {
                        "question": "Should my baby sleep on their side or tummy if they bring up milk?",
                        "answer": "<p>No. Babies are safest on their back, even if they have reflux or bring up milk. Healthy babies will not choke on their back. When your baby can roll over on their own, you do not need to keep turning them back. But always put them down on their back.</p>",
                    },
                ),
                (
                    "details",
                    {
                        "question": "What about baby pods, nests and sleep positioners?",
                        "answer": "<p>Do not use them for sleep. Your baby should sleep on a firm, flat mattress with nothing else in the cot.</p>",
                    },
                ),
                (
                    "urgent_help",
                    {
                        "title": "If your baby is not breathing",
                        "text": "<p>Call 999 straight away. The call handler will tell you what to do.</p>",
                        "numbers": [
                            {"label": "Emergency", "number": "999"},
                            {"label": "NHS urgent advice", "number": "111"},
                            {"label": "Health visiting team", "number": "0116 000 0000"},
                        ],
                    },
                ),
                (
                    "paragraph",
                    '<p><a href="https://www.nhs.uk/baby/caring-for-a-newborn/reduce-the-risk-of-sudden-infant-death-syndrome/">Read more about safe sleep on the NHS website</a>.</p>',
                ),
                (
                    "directory_link",
                    {
                        "category": "health-visiting-clinic",
                        "text": "Talk to a health visitor at a clinic near you",
                    },
                ),
            ],
            "pl": [
                (
                    "paragraph",
                    "<p>Nagła śmierć łóżeczkowa (ang. SIDS) to sytuacja, w której niemowlę umiera nagle we śnie, a przyczyny nie udaje się ustalić. Zdarza się to rzadko. Proste kroki przy każdym śnie sprawiają, że ryzyko jest jeszcze mniejsze.</p>",
                ),
                ("heading", "Przy każdym śnie, w dzień i w nocy"),
                (
                    "checklist",
                    {
                        "title": "Lista bezpiecznego snu",
                        "items": [
                            "Kładź dziecko do snu na plecach",
                            "Przez pierwsze 6 miesięcy niech śpi we własnym łóżeczku lub koszu Mojżesza, w tym samym pokoju co Ty",
                            "Używaj twardego, płaskiego, wodoodpornego materaca w dobrym stanie",
                            "Niech łóżeczko będzie puste: bez poduszek, ochraniaczy, zabawek i kokonów",
                            "Układaj dziecko tak, by stópki dotykały dolnego brzegu łóżeczka",
                            "Chroń dziecko przed dymem tytoniowym, w ciąży i po porodzie",
                            "Uważaj, by dziecku nie było za gorąco",
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<p>Jeśli używasz kocyka, mocno go podwiń, nie wyżej niż do ramion dziecka. Dobrym wyborem jest też dobrze dopasowany śpiworek dla niemowląt.</p>",
                ),
                ("heading", "Nie za gorąco"),
                (
                    "paragraph",
                    "<p>Dla większości dzieci odpowiednia temperatura w pokoju to 16–20°C. Używaj lekkiej pościeli. Nie zakładaj dziecku czapeczki do snu w domu. Aby sprawdzić, czy dziecku nie jest za gorąco, dotknij jego klatki piersiowej lub karku. Jeśli są spocone, zdejmij jedną warstwę ubrania.</p>",
                ),
                ("heading", "Kanapa i wspólne spanie"),
                (
                    "paragraph",
                    "<p><b>Nigdy nie śpij z dzieckiem na kanapie ani w fotelu.</b> To bardzo niebezpieczne. Jeśli podczas karmienia na kanapie czujesz senność, odłóż dziecko do łóżeczka.</p>"
                    "<p>Niektórzy rodzice decydują się spać z dzieckiem w jednym łóżku. Nigdy nie śpijcie z dzieckiem w jednym łóżku, jeśli:</p>"
                    "<ul><li>Ty lub partner palicie papierosy</li>"
                    "<li>ktoś z Was pił alkohol lub zażył narkotyki</li>"
                    "<li>ktoś z Was bierze leki, po których robi się senny</li>"
                    "<li>jesteście bardzo zmęczeni</li>"
                    "<li>dziecko urodziło się przedwcześnie lub z niską masą urodzeniową</li></ul>"
                    "<p>Jeśli śpicie razem, trzymaj poduszki i kołdrę z dala od dziecka. Upewnij się, że dziecko nie może spaść ani się zaklinować.</p>",
                ),
                (
                    "tip",
                    {
                        "text": "<p>Gdy zatrzymacie samochód, wyjmij dziecko z fotelika. Dzieci nie powinny długo spać w foteliku samochodowym. W chuście lub nosidle twarz dziecka musi być widoczna, a broda nie może opierać się o klatkę piersiową.</p>"
                    },
                ),
                (
                    "details",
                    {
                        "question": "Czy kłaść dziecko na boku lub na brzuchu, jeśli ulewa?",
                        "answer": "<p>Nie. Dziecko jest najbezpieczniejsze na plecach, nawet jeśli ma refluks lub ulewa. Zdrowe dziecko nie zakrztusi się, leżąc na plecach. Gdy dziecko samo zacznie się przewracać, nie musisz go ciągle odwracać. Ale zawsze kładź je do snu na plecach.</p>",
                    },
                ),
                (
                    "details",
                    {
                        "question": "A co z kokonami, gniazdkami i poduszkami stabilizującymi?",
                        "answer": "<p>Nie używaj ich do snu. Dziecko powinno spać na twardym, płaskim materacu, a w łóżeczku nie powinno być nic więcej.</p>",
                    },
                ),
                (
                    "urgent_help",
                    {
                        "title": "Jeśli dziecko nie oddycha",
                        "text": "<p>Natychmiast zadzwoń pod 999. Dyspozytor powie Ci, co robić.</p>",
                        "numbers": [
                            {"label": "Pogotowie ratunkowe", "number": "999"},
                            {"label": "Pilna porada NHS", "number": "111"},
                            {
                                "label": "Zespół pielęgniarek środowiskowych",
                                "number": "0116 000 0000",
                            },
                        ],
                    },
                ),
                (
                    "paragraph",
                    '<p><a href="https://www.nhs.uk/baby/caring-for-a-newborn/reduce-the-risk-of-sudden-infant-death-syndrome/">Więcej o bezpiecznym śnie na stronie NHS (po angielsku)</a>.</p>',
                ),
                (
                    "directory_link",
                    {
                        "category": "health-visiting-clinic",
                        "text": "Porozmawiaj z pielęgniarką środowiskową w przychodni w pobliżu",
                    },
                ),
            ],
            "ur": [
                (
                    "paragraph",
                    "<p>اچانک نومولود کی موت (SIDS) اس وقت ہوتی ہے جب کوئی بچہ نیند میں اچانک فوت ہو جائے اور کوئی وجہ معلوم نہ ہو سکے۔ ایسا بہت کم ہوتا ہے۔ ہر نیند کے وقت چند آسان باتوں پر عمل کر کے آپ اس خطرے کو اور بھی کم کر سکتے ہیں۔</p>",
                ),
                ("heading", "ہر نیند کے وقت، دن ہو یا رات"),
                (
                    "checklist",
                    {
                        "title": "محفوظ نیند کی فہرست",
                        "items": [
                            "بچے کو ہمیشہ پیٹھ کے بل سلائیں",
                            "پہلے 6 مہینے بچے کو اس کے اپنے پالنے (کاٹ) یا موزز باسکٹ میں، اپنے ہی کمرے میں سلائیں",
                            "سخت، ہموار اور واٹر پروف گدا استعمال کریں جو اچھی حالت میں ہو",
                            "پالنا خالی رکھیں: اس میں تکیے، بمپر، کھلونے یا بے بی نیسٹ نہ رکھیں",
                            "بچے کو اس طرح لٹائیں کہ اس کے پاؤں پالنے کے نچلے سرے سے لگے ہوں",
                            "حمل کے دوران اور پیدائش کے بعد بچے کو سگریٹ کے دھوئیں سے دور رکھیں",
                            "خیال رکھیں کہ بچے کو زیادہ گرمی نہ لگے",
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<p>اگر آپ کمبل استعمال کریں تو اسے مضبوطی سے گدے کے نیچے دبا دیں، اور بچے کے کندھوں سے اوپر نہ آنے دیں۔ بچے کے ناپ کا سلیپنگ بیگ بھی اچھا انتخاب ہے۔</p>",
                ),
                ("heading", "زیادہ گرمی نہیں"),
                (
                    "paragraph",
                    "<p>زیادہ تر بچوں کے لیے کمرے کا درجہ حرارت 16 سے 20 ڈگری سینٹی گریڈ مناسب ہے۔ ہلکا بستر استعمال کریں۔ گھر کے اندر سوتے وقت بچے کو ٹوپی نہ پہنائیں۔ یہ دیکھنے کے لیے کہ بچے کو زیادہ گرمی تو نہیں لگ رہی، اس کا سینہ یا گردن کا پچھلا حصہ چھو کر دیکھیں۔ اگر پسینہ ہو تو کپڑوں کی ایک تہہ اتار دیں۔</p>",
                ),
                ("heading", "صوفہ اور ایک ہی بستر پر سونا"),
                (
                    "paragraph",
                    "<p><b>بچے کے ساتھ کبھی بھی صوفے یا آرام کرسی پر نہ سوئیں۔</b> یہ بہت خطرناک ہے۔ اگر صوفے پر دودھ پلاتے ہوئے آپ کو نیند آنے لگے تو بچے کو اس کے پالنے میں لٹا دیں۔</p>"
                    "<p>کچھ والدین بچے کے ساتھ ایک ہی بستر پر سونے کا فیصلہ کرتے ہیں۔ بچے کے ساتھ ایک بستر پر ہرگز نہ سوئیں اگر:</p>"
                    "<ul><li>آپ یا آپ کا ساتھی سگریٹ پیتے ہیں</li>"
                    "<li>آپ میں سے کسی نے شراب پی ہو یا کوئی نشہ آور چیز لی ہو</li>"
                    "<li>آپ میں سے کوئی ایسی دوا لیتا ہو جس سے غنودگی ہوتی ہے</li>"
                    "<li>آپ بہت زیادہ تھکے ہوئے ہوں</li>"
                    "<li>آپ کا بچہ وقت سے پہلے پیدا ہوا ہو یا پیدائش کے وقت اس کا وزن کم تھا</li></ul>"
                    "<p>اگر آپ بچے کے ساتھ سوتے ہیں تو تکیے اور لحاف بچے سے دور رکھیں۔ یقینی بنائیں کہ بچہ گر نہ سکے اور کہیں پھنس نہ سکے۔</p>",
                ),
                (
                    "tip",
                    {
                        "text": "<p>گاڑی رکنے پر بچے کو کار سیٹ سے نکال لیں۔ بچوں کو زیادہ دیر کار سیٹ میں نہیں سونا چاہیے۔ سلنگ (کپڑے کے کیریئر) میں بچے کا چہرہ نظر آتا رہے اور اس کی ٹھوڑی سینے سے نہ لگے۔</p>"
                    },
                ),
                (
                    "details",
                    {
                        "question": "اگر بچہ دودھ نکالتا ہو تو کیا اسے کروٹ یا پیٹ کے بل سلائیں؟",
                        "answer": "<p>نہیں۔ بچہ پیٹھ کے بل ہی سب سے زیادہ محفوظ ہے، چاہے اسے ریفلکس ہو یا وہ دودھ نکالتا ہو۔ صحت مند بچوں کا پیٹھ کے بل لیٹنے سے دم نہیں گھٹتا۔ جب بچہ خود کروٹ بدلنے لگے تو آپ کو اسے بار بار سیدھا کرنے کی ضرورت نہیں، لیکن سلاتے وقت ہمیشہ پیٹھ کے بل ہی لٹائیں۔</p>",
                    },
                ),
                (
                    "details",
                    {
                        "question": "بے بی پوڈ، نیسٹ اور بچے کو ایک جگہ ٹکانے والے تکیوں کا کیا؟",
                        "answer": "<p>انہیں سونے کے لیے استعمال نہ کریں۔ بچے کو سخت اور ہموار گدے پر سونا چاہیے، اور پالنے میں اس کے علاوہ کچھ نہیں ہونا چاہیے۔</p>",
                    },
                ),
                (
                    "urgent_help",
                    {
                        "title": "اگر بچہ سانس نہیں لے رہا",
                        "text": "<p>فوراً 999 پر کال کریں۔ فون سننے والا عملہ آپ کو بتائے گا کہ کیا کرنا ہے۔</p>",
                        "numbers": [
                            {"label": "ہنگامی صورت", "number": "999"},
                            {"label": "NHS فوری مشورہ", "number": "111"},
                            {"label": "ہیلتھ وزیٹنگ ٹیم", "number": "0116 000 0000"},
                        ],
                    },
                ),
                (
                    "paragraph",
                    '<p><a href="https://www.nhs.uk/baby/caring-for-a-newborn/reduce-the-risk-of-sudden-infant-death-syndrome/">محفوظ نیند کے بارے میں NHS کی ویب سائٹ پر مزید پڑھیں (انگریزی میں)</a>۔</p>',
                ),
                (
                    "directory_link",
                    {
                        "category": "health-visiting-clinic",
                        "text": "اپنے قریب کلینک میں ہیلتھ وزیٹر سے بات کریں",
                    },
                ),
            ],
        },
    },
    {
        "stage": "first-weeks",
        "slug": "crying-and-coping",
        "title": {"en": "Crying and coping"},
        "summary": {
            "en": "All babies cry, and some cry a lot. Ways to soothe your baby, and how to look after yourself when it gets too much."
        },
        "age_from_weeks": 0,
        "age_to_weeks": 16,
        "body": {
            "en": [
                (
                    "paragraph",
                    "<p>Crying is how your baby tells you they need something. Babies often start to cry more from about 2 weeks old. Crying usually peaks at around 6 to 8 weeks, and then slowly gets less. Many babies cry most in the late afternoon and evening.</p>",
                ),
                ("heading", "Check the basics"),
                (
                    "checklist",
                    {
                        "title": "Is your baby:",
                        "items": [
                            "hungry?",
                            "in need of a clean nappy?",
                            "too hot or too cold?",
                            "tired?",
                            "wanting a cuddle?",
                            "windy after a feed?",
                        ],
                    },
                ),
                ("heading", "Ways to soothe your baby"),
                (
                    "paragraph",
                    "<ul><li>Hold your baby close, skin to skin.</li>"
                    "<li>Walk around, or rock gently.</li>"
                    "<li>Sing, hum or talk softly.</li>"
                    "<li>Try a warm bath.</li>"
                    "<li>Go out for a walk with the pram or a sling.</li>"
                    "<li>Let your baby hear a steady sound, like a washing machine or a fan.</li></ul>"
                    "<p>Not everything works every time. Something that worked yesterday may not work today. This is normal, and it is not your fault.</p>",
                ),
                (
                    "tip",
                    {
                        "text": "<p>Share the load. Take turns with your partner, a friend or a family member, so that each of you can rest.</p>"
                    },
                ),
                ("heading", "It's OK to walk away"),
                (
                    "paragraph",
                    "<p>Crying can make anyone feel stressed or angry. If it gets too much, put your baby down safely on their back in their cot. Close the door and go to another room for a few minutes. Take some deep breaths, or call a friend. Go back when you feel calmer. Your baby is safe in their cot.</p>",
                ),
                (
                    "urgent_help",
                    {
                        "title": "Never shake your baby",
                        "text": "<p>Shaking a baby can cause serious brain damage or death. If you feel you might hurt your baby, put them down safely and walk away. Call someone for help. Make sure everyone who looks after your baby knows this too.</p>",
                        "numbers": [
                            {"label": "Emergency", "number": "999"},
                            {"label": "NHS urgent advice", "number": "111"},
                            {"label": "Health visiting team", "number": "0116 000 0000"},
                        ],
                    },
                ),
                ("heading", "When crying can mean your baby is ill"),
                (
                    "paragraph",
                    "<p>Call NHS 111 or your GP if your baby's cry sounds different from usual, for example high-pitched or weak, or if your baby will not feed or has a high temperature. Call 999 if your baby is floppy, very hard to wake or struggling to breathe.</p>",
                ),
                (
                    "details",
                    {
                        "question": "What is colic?",
                        "answer": "<p>Colic is when a healthy baby cries a lot and there is no clear reason. It often starts in the first few weeks, and usually stops by 6 months. Talk to your health visitor or GP if you think your baby has colic.</p>",
                    },
                ),
                (
                    "details",
                    {
                        "question": "Am I spoiling my baby by picking them up?",
                        "answer": "<p>No. You cannot spoil a young baby. Comforting your baby when they cry helps them feel safe and builds a strong bond between you.</p>",
                    },
                ),
                (
                    "paragraph",
                    '<p><a href="https://www.nhs.uk/baby/caring-for-a-newborn/soothing-a-crying-baby/">Read more about soothing a crying baby on the NHS website</a>.</p>',
                ),
                ("directory_link", {"category": "parenting", "text": "Find parenting support"}),
                (
                    "directory_link",
                    {"category": "baby-massage", "text": "Find a baby massage group"},
                ),
            ]
        },
    },
    {
        "stage": "first-weeks",
        "slug": "jaundice-and-when-your-baby-is-unwell",
        "title": {"en": "Jaundice, and when your baby is unwell"},
        "summary": {
            "en": "How to spot jaundice and the signs that your baby is ill, and who to call."
        },
        "age_from_weeks": 0,
        "age_to_weeks": 26,
        "body": {
            "en": [
                ("heading", "Jaundice"),
                (
                    "paragraph",
                    "<p>Jaundice makes a baby's skin, or the whites of their eyes, look yellow. On brown or black skin, it can be easier to see in the whites of the eyes, or on the palms of the hands and soles of the feet.</p>"
                    "<p>Jaundice is common in newborn babies. It usually starts 2 to 3 days after birth and goes within about 2 weeks. It is often harmless, but sometimes a baby needs treatment.</p>"
                    "<p>Your midwife will check your baby for jaundice. If you think your baby has jaundice, tell your midwife or health visitor, or call NHS 111.</p>",
                ),
                (
                    "checklist",
                    {
                        "title": "Get advice the same day if your baby",
                        "items": [
                            "looks yellow in the first 24 hours after birth",
                            "is yellow and very sleepy, or not feeding well",
                            "has pale, chalky poo or dark yellow pee",
                            "still looks yellow after 2 weeks (3 weeks if they were born early)",
                        ],
                    },
                ),
                ("heading", "Signs your baby is seriously ill"),
                (
                    "urgent_help",
                    {
                        "title": "Call 999 or go to A&E if your baby",
                        "text": "<ul><li>stops breathing, or their lips or tongue turn blue or grey</li>"
                        "<li>is struggling to breathe, makes grunting noises, or sucks in under their ribs</li>"
                        "<li>is floppy, or very hard to wake</li>"
                        "<li>has a fit (seizure)</li>"
                        "<li>has a rash that does not fade when you press a glass against it</li>"
                        "<li>is being sick and the sick is green</li></ul>"
                        "<p>Trust your instincts. You know your baby best.</p>",
                        "numbers": [
                            {"label": "Emergency", "number": "999"},
                            {"label": "NHS urgent advice", "number": "111"},
                        ],
                    },
                ),
                ("heading", "When to call NHS 111 or your GP"),
                (
                    "paragraph",
                    "<p>Get urgent advice if your baby:</p>"
                    "<ul><li>is under 3 months old and has a temperature of 38°C or higher</li>"
                    "<li>is 3 to 6 months old and has a temperature of 39°C or higher</li>"
                    "<li>is not feeding, or has fewer wet nappies than usual</li>"
                    "<li>is being sick a lot</li>"
                    "<li>has a cry that sounds different from usual</li></ul>"
                    "<p>Or if you feel something is wrong.</p>",
                ),
                (
                    "tip",
                    {
                        "text": "<p>Learn your baby's normal. In the first weeks, keep a note of feeds, and of wet and dirty nappies. It helps when you talk to a nurse or doctor.</p>"
                    },
                ),
                (
                    "details",
                    {
                        "question": "How do I take my baby's temperature?",
                        "answer": "<p>Use a digital thermometer under your baby's armpit. Hold their arm gently against their side. This is the best way for children under 5. A normal temperature is about 36.4°C.</p>",
                    },
                ),
                (
                    "details",
                    {
                        "question": "Can I give my baby medicine?",
                        "answer": "<p>Ask a pharmacist, your GP or NHS 111 before you give any medicine to a baby under 3 months. After the 8 week vaccinations, the nurse will tell you about giving infant paracetamol. For older babies, always check the packet for the right dose.</p>",
                    },
                ),
                (
                    "paragraph",
                    '<p><a href="https://www.nhs.uk/conditions/jaundice-newborn/">Read more about jaundice in newborn babies on the NHS website</a>.</p>',
                ),
                (
                    "directory_link",
                    {
                        "category": "health-visiting-clinic",
                        "text": "Find a health visiting clinic near you",
                    },
                ),
            ]
        },
    },
    {
        "stage": "first-weeks",
        "slug": "your-mood-after-birth",
        "title": {"en": "Your mood after your baby is born"},
        "summary": {
            "en": "The baby blues, postnatal depression and anxiety: how to tell the difference, and where to get help. For mums, dads and partners."
        },
        "age_from_weeks": 0,
        "age_to_weeks": 52,
        "body": {
            "en": [
                (
                    "paragraph",
                    "<p>Having a baby changes everything. You may feel joy, love, worry and tiredness, all in one day. It is normal to find it hard.</p>",
                ),
                ("heading", "The baby blues"),
                (
                    "paragraph",
                    "<p>Many mums feel tearful, anxious or low in the first week after birth. This is called the baby blues. It often starts 3 to 5 days after the birth, and it usually passes within 2 weeks. Rest, food and support from people around you can help.</p>",
                ),
                ("heading", "Postnatal depression and anxiety"),
                (
                    "paragraph",
                    "<p>If you feel low for more than 2 weeks, or the feelings start later, it may be postnatal depression. It affects more than 1 in 10 women within a year of having a baby. Dads and partners can get it too. Some parents have anxiety, or flashbacks after a difficult birth.</p>",
                ),
                (
                    "checklist",
                    {
                        "title": "Signs to look out for",
                        "items": [
                            "Feeling sad or low most of the time",
                            "Losing interest in things, or in the world around you",
                            "Feeling you cannot look after your baby",
                            "Finding it hard to bond with your baby",
                            "Worrying all the time, or having frightening thoughts",
                            "Not sleeping, even when your baby sleeps",
                            "Pulling away from friends and family",
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<p>Postnatal depression is an illness. It is not your fault, and it does not make you a bad parent. It can be treated, and the sooner you get help, the better.</p>",
                ),
                ("heading", "Getting help"),
                (
                    "paragraph",
                    "<p>Talk to your health visitor, GP or midwife. They will ask how you are at your reviews, but you can tell them at any time. They may suggest talking therapy, a support group or medicine. You can also refer yourself to NHS Talking Therapies.</p>",
                ),
                (
                    "tip",
                    {
                        "text": "<p>Say yes to help. Let friends and family cook, clean or hold the baby while you rest. Try to get outside every day, even for 10 minutes.</p>"
                    },
                ),
                (
                    "urgent_help",
                    {
                        "title": "Get help straight away",
                        "text": "<p>A few mothers become very unwell soon after birth. This is called postpartum psychosis. It is rare, but it is an emergency. Signs include seeing or hearing things that are not there, strange beliefs, feeling very confused, or sudden big changes in mood.</p>"
                        "<p>If you or someone you know has these signs, or has thoughts of self-harm or suicide, call 999 or go to A&amp;E. You can also call NHS 111 and choose the mental health option.</p>",
                        "numbers": [
                            {"label": "Emergency", "number": "999"},
                            {"label": "NHS urgent advice", "number": "111"},
                            {"label": "Health visiting team", "number": "0116 000 0000"},
                        ],
                    },
                ),
                (
                    "details",
                    {
                        "question": "I'm a dad or partner. Is this for me too?",
                        "answer": "<p>Yes. Dads and partners can get depression and anxiety after a baby is born too. Talk to your GP or health visitor. You can also look for dads' groups at your family hub.</p>",
                    },
                ),
                (
                    "details",
                    {
                        "question": "My birth was frightening. Who can I talk to?",
                        "answer": "<p>Tell your midwife, health visitor or GP. Many hospitals can offer a meeting to go through your birth notes and answer your questions. Talking it through can really help.</p>",
                    },
                ),
                (
                    "paragraph",
                    '<p><a href="https://www.nhs.uk/mental-health/conditions/post-natal-depression/overview/">Read more about postnatal depression on the NHS website</a>.</p>',
                ),
                (
                    "directory_link",
                    {
                        "category": "perinatal-mental-health",
                        "text": "Find support for your mental health",
                    },
                ),
                (
                    "directory_link",
                    {"category": "dads-and-partners", "text": "Find groups for dads and partners"},
                ),
            ]
        },
    },
    {
        "stage": "first-weeks",
        "slug": "6-to-8-week-review",
        "title": {"en": "The 6 to 8 week review"},
        "summary": {
            "en": "When your baby is 6 to 8 weeks old, you will have a review with the health visiting team, and a separate check with your GP."
        },
        "age_from_weeks": 4,
        "age_to_weeks": 10,
        "body": {
            "en": [
                (
                    "paragraph",
                    "<p>When your baby is 6 to 8 weeks old, you will be offered two different checks: a review with the health visiting team, and a check with your GP. It is good to go to both.</p>",
                ),
                ("heading", "The health visiting review"),
                (
                    "paragraph",
                    "<p>This is with a health visitor or a healthy child programme nurse, usually at a clinic in a family hub. They will weigh your baby and talk with you about:</p>"
                    "<ul><li>feeding, and how it is going for you</li>"
                    "<li>sleep and safe sleep</li>"
                    "<li>crying, and how you are coping</li>"
                    "<li>how your baby is growing and learning</li>"
                    "<li>how you are feeling since the birth</li>"
                    "<li>your baby's vaccinations</li></ul>",
                ),
                ("heading", "The GP check"),
                (
                    "paragraph",
                    "<p>Your GP will do a physical check of your baby. They will look at your baby's eyes, heart and hips, and check boys' testicles. Many GP surgeries also check how you are recovering from the birth. Ask your surgery if this has not been booked.</p>",
                ),
                (
                    "tip",
                    {
                        "text": "<p>Your baby's first vaccinations are due at 8 weeks. Your GP surgery should contact you. If they have not, call them to book.</p>"
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "Take with you",
                        "items": [
                            "Your baby's red book",
                            "A spare nappy and a change of clothes",
                            "Any questions you have written down",
                            "A feed for your baby, if you bottle feed",
                        ],
                    },
                ),
                ("heading", "Your baby at 6 to 8 weeks"),
                (
                    "paragraph",
                    "<p>Around this time, many babies start to smile at you. They look at faces and follow them with their eyes. They may make cooing sounds. Every baby is different. If you are worried about how your baby is developing, talk to your health visitor.</p>",
                ),
                (
                    "details",
                    {
                        "question": "What if I feel low?",
                        "answer": '<p>Tell the health visitor or your GP. Lots of parents find the first weeks hard, and they can help. Read about <a href="/en/guides/first-weeks/your-mood-after-birth/">your mood after your baby is born</a>.</p>',
                    },
                ),
                (
                    "details",
                    {
                        "question": "Can my partner come?",
                        "answer": "<p>Yes. Partners are welcome at all reviews, and they can ask questions too.</p>",
                    },
                ),
                (
                    "urgent_help",
                    {
                        "title": "You do not need to wait for a review",
                        "text": "<p>If your baby is seriously ill, call 999. For urgent advice, call NHS 111. For other questions, call the health visiting team.</p>",
                        "numbers": [
                            {"label": "Emergency", "number": "999"},
                            {"label": "NHS urgent advice", "number": "111"},
                            {"label": "Health visiting team", "number": "0116 000 0000"},
                        ],
                    },
                ),
                (
                    "paragraph",
                    '<p><a href="https://www.nhs.uk/baby/babys-development/height-weight-and-reviews/baby-reviews/">Read more about baby reviews on the NHS website</a>.</p>',
                ),
                (
                    "directory_link",
                    {"category": "health-visiting-clinic", "text": "Find a health visiting clinic"},
                ),
            ]
        },
    },
    # --- Talking and play ---------------------------------------------------------
    {
        "stage": "talking-and-play",
        "slug": "talking-with-your-baby",
        "title": {
            "en": "Talking with your baby from day one",
            "pl": "Rozmowa z dzieckiem od pierwszego dnia",
            "ur": "پہلے دن سے اپنے بچے سے باتیں کریں",
        },
        "summary": {
            "en": "Your baby learns to talk by listening to you. Simple ways to chat, sing and play every day, in any language.",
            "pl": "Dziecko uczy się mówić, słuchając Ciebie. Proste sposoby na codzienne rozmowy, śpiewanie i zabawę, w każdym języku.",
            "ur": "آپ کا بچہ آپ کو سن کر بولنا سیکھتا ہے۔ ہر روز باتیں کرنے، گانے اور کھیلنے کے آسان طریقے، کسی بھی زبان میں۔",
        },
        "age_from_weeks": 0,
        "age_to_weeks": 104,
        "body": {
            "en": [
                (
                    "paragraph",
                    "<p>Babies start learning language long before they say their first word. From the day they are born, your baby listens to your voice and watches your face. Every time you talk and play together, you help your baby's brain grow.</p>",
                ),
                ("heading", "Simple things to do every day"),
                (
                    "paragraph",
                    "<ul><li><b>Get face to face.</b> Hold your baby close, about 20 to 30 cm from your face. Smile and look into their eyes.</li>"
                    "<li><b>Copy their sounds.</b> When your baby coos or babbles, copy the sound and wait. Give them time to answer. This is their first conversation.</li>"
                    "<li><b>Talk about what you are doing.</b> “Now we're changing your nappy. Here's your sock!”</li>"
                    "<li><b>Sing songs and rhymes.</b> It does not matter if you sing well. Your baby loves your voice.</li>"
                    "<li><b>Name things.</b> Point at things and say what they are: “Look, a dog!”</li></ul>",
                ),
                (
                    "tip",
                    {
                        "text": "<p>Talk to your baby in the language you know best. Children can learn more than one language. Your home language gives them a strong start, and it will not hold back their English.</p>"
                    },
                ),
                ("heading", "Turn off the background noise"),
                (
                    "paragraph",
                    "<p>It is hard for babies to hear you over the TV or music. Turn it off when you are playing or talking. Put your phone away for some time each day, so you can give your baby your full attention.</p>",
                ),
                (
                    "details",
                    {
                        "question": "Is a dummy bad for talking?",
                        "answer": "<p>A dummy can help some babies settle. But if your baby has a dummy in their mouth all day, it is harder for them to babble and practise sounds. Try to use it only for sleep, and stop by 12 months if you can.</p>",
                    },
                ),
                ("heading", "What to expect"),
                (
                    "paragraph",
                    "<ul><li><b>By around 3 months</b>, babies smile and coo.</li>"
                    "<li><b>By around 6 months</b>, they babble, like “ba-ba” and “ma-ma”.</li>"
                    "<li><b>By around 12 months</b>, many say their first words, and understand simple words like “no” and “bye-bye”.</li>"
                    "<li><b>By around 2 years</b>, most children use 50 or more words and put 2 words together, like “more milk”.</li></ul>"
                    "<p>Every child is different. If you are worried, talk to your health visitor. Help is there early.</p>",
                ),
                (
                    "checklist",
                    {
                        "title": "This week, try to",
                        "items": [
                            "Sing one song every day",
                            "Copy your baby's sounds and wait for a reply",
                            "Talk about what you see on a walk",
                            "Share a book or some pictures",
                            "Spend some time with the TV off",
                        ],
                    },
                ),
                (
                    "paragraph",
                    '<p><a href="https://www.nhs.uk/baby/babys-development/play-and-learning/help-your-baby-learn-to-talk/">Read more about helping your baby learn to talk on the NHS website</a>.</p>',
                ),
                (
                    "directory_link",
                    {"category": "speech-and-language", "text": "Find speech and language support"},
                ),
                (
                    "directory_link",
                    {"category": "stay-and-play", "text": "Find a stay and play session near you"},
                ),
            ],
            "pl": [
                (
                    "paragraph",
                    "<p>Dzieci zaczynają uczyć się języka długo przed pierwszym słowem. Od dnia narodzin Twoje dziecko słucha Twojego głosu i patrzy na Twoją twarz. Za każdym razem, gdy rozmawiacie i bawicie się razem, pomagasz rozwijać się mózgowi dziecka.</p>",
                ),
                ("heading", "Proste rzeczy na każdy dzień"),
                (
                    "paragraph",
                    "<ul><li><b>Bądź twarzą w twarz.</b> Trzymaj dziecko blisko, około 20–30 cm od swojej twarzy. Uśmiechaj się i patrz mu w oczy.</li>"
                    "<li><b>Naśladuj jego dźwięki.</b> Gdy dziecko grucha lub gaworzy, powtórz ten dźwięk i poczekaj. Daj mu czas na odpowiedź. To Wasze pierwsze rozmowy.</li>"
                    "<li><b>Mów o tym, co robisz.</b> „Teraz zmieniamy pieluszkę. O, jest Twoja skarpetka!”</li>"
                    "<li><b>Śpiewaj piosenki i rymowanki.</b> Nie musisz ładnie śpiewać. Dziecko kocha Twój głos.</li>"
                    "<li><b>Nazywaj rzeczy.</b> Pokazuj je palcem i mów, co to jest: „Zobacz, piesek!”</li></ul>",
                ),
                (
                    "tip",
                    {
                        "text": "<p>Mów do dziecka w języku, który znasz najlepiej. Dzieci mogą nauczyć się więcej niż jednego języka. Język domowy daje im dobry start i nie przeszkodzi w nauce angielskiego.</p>"
                    },
                ),
                ("heading", "Wyłącz dźwięki w tle"),
                (
                    "paragraph",
                    "<p>Dziecku trudno jest usłyszeć Cię przez telewizor lub muzykę. Wyłączaj je, gdy się bawicie lub rozmawiacie. Codziennie odłóż na jakiś czas telefon, by całą uwagę poświęcić dziecku.</p>",
                ),
                (
                    "details",
                    {
                        "question": "Czy smoczek przeszkadza w nauce mówienia?",
                        "answer": "<p>Smoczek pomaga niektórym dzieciom się uspokoić. Ale jeśli dziecko ma smoczek w buzi przez cały dzień, trudniej mu gaworzyć i ćwiczyć dźwięki. Staraj się dawać smoczek tylko do snu i, jeśli to możliwe, odstaw go do 12. miesiąca życia.</p>",
                    },
                ),
                ("heading", "Czego się spodziewać"),
                (
                    "paragraph",
                    "<ul><li><b>Około 3. miesiąca</b> dzieci uśmiechają się i gruchają.</li>"
                    "<li><b>Około 6. miesiąca</b> gaworzą, na przykład „ba-ba” i „ma-ma”.</li>"
                    "<li><b>Około 12. miesiąca</b> wiele dzieci mówi pierwsze słowa i rozumie proste słowa, takie jak „nie” i „pa-pa”.</li>"
                    "<li><b>Około 2. roku życia</b> większość dzieci używa 50 lub więcej słów i łączy 2 słowa, na przykład „jeszcze mleko”.</li></ul>"
                    "<p>Każde dziecko rozwija się inaczej. Jeśli coś Cię martwi, porozmawiaj z pielęgniarką środowiskową (health visitor). Pomoc jest dostępna wcześnie.</p>",
                ),
                (
                    "checklist",
                    {
                        "title": "W tym tygodniu spróbuj",
                        "items": [
                            "Zaśpiewać jedną piosenkę każdego dnia",
                            "Naśladować dźwięki dziecka i czekać na odpowiedź",
                            "Rozmawiać o tym, co widzicie na spacerze",
                            "Pooglądać razem książeczkę lub obrazki",
                            "Spędzić trochę czasu przy wyłączonym telewizorze",
                        ],
                    },
                ),
                (
                    "paragraph",
                    '<p><a href="https://www.nhs.uk/baby/babys-development/play-and-learning/help-your-baby-learn-to-talk/">Więcej o tym, jak pomóc dziecku nauczyć się mówić, na stronie NHS (po angielsku)</a>.</p>',
                ),
                (
                    "directory_link",
                    {"category": "speech-and-language", "text": "Znajdź wsparcie w rozwoju mowy"},
                ),
                (
                    "directory_link",
                    {
                        "category": "stay-and-play",
                        "text": "Znajdź zajęcia dla rodziców z dziećmi w pobliżu",
                    },
                ),
            ],
            "ur": [
                (
                    "paragraph",
                    "<p>بچے اپنا پہلا لفظ بولنے سے بہت پہلے زبان سیکھنا شروع کر دیتے ہیں۔ پیدائش کے دن سے ہی آپ کا بچہ آپ کی آواز سنتا ہے اور آپ کا چہرہ دیکھتا ہے۔ جب بھی آپ مل کر باتیں کرتے اور کھیلتے ہیں، آپ بچے کے دماغ کی نشوونما میں مدد کرتے ہیں۔</p>",
                ),
                ("heading", "ہر روز کرنے کی آسان باتیں"),
                (
                    "paragraph",
                    "<ul><li><b>آمنے سامنے رہیں۔</b> بچے کو اپنے قریب رکھیں، اپنے چہرے سے تقریباً 20 سے 30 سینٹی میٹر دور۔ مسکرائیں اور اس کی آنکھوں میں دیکھیں۔</li>"
                    "<li><b>اس کی آوازیں دہرائیں۔</b> جب بچہ غوں غاں کرے تو وہی آواز دہرائیں اور انتظار کریں۔ اسے جواب دینے کا وقت دیں۔ یہی اس کی پہلی بات چیت ہے۔</li>"
                    "<li><b>جو کر رہے ہیں اس کے بارے میں بتائیں۔</b> “اب ہم تمہارا ڈائپر بدل رہے ہیں۔ یہ رہا تمہارا موزہ!”</li>"
                    "<li><b>گیت اور نظمیں گائیں۔</b> اچھا گانا ضروری نہیں۔ آپ کے بچے کو آپ کی آواز بہت پسند ہے۔</li>"
                    "<li><b>چیزوں کے نام بتائیں۔</b> کسی چیز کی طرف اشارہ کریں اور اس کا نام لیں: “دیکھو، بلی!”</li></ul>",
                ),
                (
                    "tip",
                    {
                        "text": "<p>بچے سے اس زبان میں بات کریں جو آپ سب سے اچھی طرح جانتے ہیں۔ بچے ایک سے زیادہ زبانیں سیکھ سکتے ہیں۔ گھر کی زبان انہیں مضبوط بنیاد دیتی ہے، اور اس سے ان کی انگریزی پیچھے نہیں رہتی۔</p>"
                    },
                ),
                ("heading", "پس منظر کا شور بند کریں"),
                (
                    "paragraph",
                    "<p>ٹی وی یا موسیقی کے شور میں بچے کے لیے آپ کی آواز سننا مشکل ہوتا ہے۔ جب آپ کھیل رہے ہوں یا باتیں کر رہے ہوں تو انہیں بند کر دیں۔ ہر روز کچھ وقت کے لیے فون ایک طرف رکھ دیں تاکہ آپ پوری توجہ بچے پر دے سکیں۔</p>",
                ),
                (
                    "details",
                    {
                        "question": "کیا چسنی (ڈمی) بولنا سیکھنے کے لیے نقصان دہ ہے؟",
                        "answer": "<p>چسنی سے کچھ بچوں کو سکون ملتا ہے۔ لیکن اگر سارا دن بچے کے منہ میں چسنی رہے تو اس کے لیے غوں غاں کرنا اور آوازوں کی مشق کرنا مشکل ہو جاتا ہے۔ کوشش کریں کہ چسنی صرف سونے کے وقت دیں، اور اگر ممکن ہو تو 12 مہینے کی عمر تک اسے چھڑا دیں۔</p>",
                    },
                ),
                ("heading", "کیا توقع رکھیں"),
                (
                    "paragraph",
                    "<ul><li><b>تقریباً 3 مہینے تک</b> بچے مسکراتے اور غوں غوں کرتے ہیں۔</li>"
                    "<li><b>تقریباً 6 مہینے تک</b> وہ “با با” اور “ما ما” جیسی آوازیں نکالتے ہیں۔</li>"
                    "<li><b>تقریباً 12 مہینے تک</b> بہت سے بچے اپنے پہلے الفاظ بولتے ہیں اور “نہیں” یا “بائے بائے” جیسے آسان الفاظ سمجھتے ہیں۔</li>"
                    "<li><b>تقریباً 2 سال تک</b> زیادہ تر بچے 50 یا اس سے زیادہ الفاظ بولتے ہیں اور دو الفاظ ملا کر بولتے ہیں، جیسے “اور دودھ”۔</li></ul>"
                    "<p>ہر بچہ مختلف ہوتا ہے۔ اگر آپ کو فکر ہو تو اپنی ہیلتھ وزیٹر سے بات کریں۔ مدد شروع ہی سے دستیاب ہے۔</p>",
                ),
                (
                    "checklist",
                    {
                        "title": "اس ہفتے یہ کرنے کی کوشش کریں",
                        "items": [
                            "ہر روز ایک گیت گائیں",
                            "بچے کی آوازیں دہرائیں اور جواب کا انتظار کریں",
                            "سیر کے دوران جو کچھ دیکھیں اس کے بارے میں بات کریں",
                            "مل کر کوئی کتاب یا تصویریں دیکھیں",
                            "کچھ وقت ٹی وی بند کر کے گزاریں",
                        ],
                    },
                ),
                (
                    "paragraph",
                    '<p><a href="https://www.nhs.uk/baby/babys-development/play-and-learning/help-your-baby-learn-to-talk/">بچے کو بولنا سیکھنے میں مدد دینے کے بارے میں NHS کی ویب سائٹ پر مزید پڑھیں (انگریزی میں)</a>۔</p>',
                ),
                (
                    "directory_link",
                    {
                        "category": "speech-and-language",
                        "text": "بولنے اور زبان کی نشوونما میں مدد تلاش کریں",
                    },
                ),
                (
                    "directory_link",
                    {
                        "category": "stay-and-play",
                        "text": "اپنے قریب والدین اور بچوں کے کھیل کے سیشن تلاش کریں",
                    },
                ),
            ],
        },
    },
    {
        "stage": "talking-and-play",
        "slug": "play-at-home-for-free",
        "title": {"en": "Play at home for free"},
        "summary": {
            "en": "Your child does not need expensive toys. Everyday things at home make great play, and play is how children learn."
        },
        "age_from_weeks": 0,
        "age_to_weeks": 260,
        "body": {
            "en": [
                (
                    "paragraph",
                    "<p>Play is how babies and young children learn. Through play they learn to move, talk, think and get on with other people. The best toy is you, and you do not need to spend money.</p>",
                ),
                ("heading", "Play ideas for babies"),
                (
                    "paragraph",
                    "<ul><li><b>Tummy time.</b> From birth, put your baby on their tummy for short times each day, while they are awake and you are with them. Lie down face to face.</li>"
                    "<li><b>Peekaboo.</b> Hide your face behind your hands or a cloth, then pop out.</li>"
                    "<li><b>Mirrors.</b> Babies love faces, including their own.</li>"
                    "<li><b>Sounds.</b> Scrunch some paper, shake a bottle of dried rice with the lid taped shut, or tap a wooden spoon on a pan.</li>"
                    "<li><b>A treasure basket.</b> Fill a box with safe everyday things to explore, like a wooden spoon, a clean sponge and a soft brush.</li></ul>",
                ),
                ("heading", "Play ideas for toddlers"),
                (
                    "paragraph",
                    "<ul><li>Pots, pans and wooden spoons make a great drum kit.</li>"
                    "<li>Cardboard boxes can become cars, houses or boats.</li>"
                    "<li>Play with water in the bath or the sink, with cups and jugs.</li>"
                    "<li>Make playdough with flour, salt, water and a little oil.</li>"
                    "<li>Build a den with cushions and a blanket.</li>"
                    "<li>Help with jobs: pairing socks, washing vegetables, sweeping up.</li>"
                    "<li>Go to the park and look for birds, leaves and puddles.</li></ul>",
                ),
                (
                    "tip",
                    {
                        "text": "<p>Follow your child's lead. Watch what they are interested in and join in. Talk about what they are doing.</p>"
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "Keep play safe",
                        "items": [
                            "Stay with your baby during tummy time and water play",
                            "Anything small enough to fit inside a toilet roll tube can choke a young child",
                            "Keep button batteries, magnets and blind cords out of reach",
                            "Never leave a child alone near water, even for a moment",
                        ],
                    },
                ),
                ("heading", "Free places to play"),
                (
                    "paragraph",
                    "<p>Family hubs run free stay and play sessions, where you can play with your child and meet other parents. Libraries have free rhyme times and books to borrow. Parks and playgrounds are free too.</p>",
                ),
                (
                    "details",
                    {
                        "question": "How much screen time is OK?",
                        "answer": "<p>Babies and toddlers learn best from real people and real things. Try to keep screens off around babies. For toddlers, keep screen time short, and watch together so you can talk about what you see.</p>",
                    },
                ),
                (
                    "details",
                    {
                        "question": "My child will not play alone. Is that normal?",
                        "answer": "<p>Yes. Young children want you to play with them. Over time they learn to play alone for short times. Short bursts of play together, even 10 minutes, make a big difference.</p>",
                    },
                ),
                (
                    "paragraph",
                    '<p><a href="https://www.nhs.uk/baby/babys-development/play-and-learning/baby-and-toddler-play-ideas/">Find more baby and toddler play ideas on the NHS website</a>.</p>',
                ),
                (
                    "directory_link",
                    {"category": "stay-and-play", "text": "Find a free stay and play near you"},
                ),
                ("directory_link", {"category": "parenting", "text": "Find parenting support"}),
            ]
        },
    },
    {
        "stage": "talking-and-play",
        "slug": "reading-together-and-libraries",
        "title": {"en": "Reading together and your local library"},
        "summary": {
            "en": "Sharing books with your baby or toddler helps them learn to talk and to love stories. You do not need to read well, and libraries are free."
        },
        "age_from_weeks": 0,
        "age_to_weeks": 260,
        "body": {
            "en": [
                (
                    "paragraph",
                    "<p>You can share books with your baby from birth. Babies love to hear your voice and look at pictures. Books help your child learn new words. A story is also a lovely way to have a cuddle and calm down before bed.</p>",
                ),
                ("heading", "How to share a book"),
                (
                    "paragraph",
                    "<ul><li>You do not have to read the words. Talk about the pictures.</li>"
                    "<li>Point and name things: “Look, a cat! Miaow!”</li>"
                    "<li>Let your baby hold and touch board books.</li>"
                    "<li>Use funny voices and sounds.</li>"
                    "<li>Read the same book again and again. Children learn by repeating.</li>"
                    "<li>Stop when your child has had enough. A few minutes is fine.</li></ul>",
                ),
                (
                    "tip",
                    {
                        "text": "<p>Share books in your home language, or tell stories you know from your own childhood. Many libraries have books in different languages, and dual-language books with English on the same page.</p>"
                    },
                ),
                ("heading", "Your local library"),
                (
                    "paragraph",
                    "<p>Joining the library is free for children, and so is borrowing children's books. Many libraries run free rhyme times and story times for babies and toddlers. They are a good way to meet other parents, and to learn new songs to sing at home.</p>"
                    "<p>Your child may also be given free books, for example at a health visitor review or at the library.</p>",
                ),
                (
                    "checklist",
                    {
                        "title": "Make books part of your day",
                        "items": [
                            "Keep books where your child can reach them",
                            "Share a book at bedtime",
                            "Take a book when you go out, for waiting times",
                            "Visit the library once a month",
                            "Let your child choose the books",
                            "Sing rhymes and songs too",
                        ],
                    },
                ),
                (
                    "details",
                    {
                        "question": "My baby just wants to chew the book. Is that OK?",
                        "answer": "<p>Yes. That is how babies explore. Choose board books or cloth books for young babies. As they grow, they will start to look at the pictures more.</p>",
                    },
                ),
                (
                    "details",
                    {
                        "question": "I do not feel confident reading. Can I still help?",
                        "answer": "<p>Yes. You can talk about the pictures, make up your own story, or sing songs together. What matters most is the time you spend together.</p>",
                    },
                ),
                (
                    "details",
                    {
                        "question": "My toddler will not sit still for a story. What can I do?",
                        "answer": "<p>That is normal. Let them move around while you read, or choose books with flaps, textures or sounds. Try a short book at a calm time of day, such as after a bath.</p>",
                    },
                ),
                (
                    "directory_link",
                    {
                        "category": "stay-and-play",
                        "text": "Find rhyme times and stay and play sessions",
                    },
                ),
                (
                    "directory_link",
                    {"category": "speech-and-language", "text": "Find speech and language support"},
                ),
            ]
        },
    },
    {
        "stage": "talking-and-play",
        "slug": "one-year-review",
        "title": {"en": "The one year review and the ASQ questionnaire"},
        "summary": {
            "en": "When your baby is 10 to 12 months old, the health visiting team will review how they are growing and learning. Here is how to get ready."
        },
        "age_from_weeks": 36,
        "age_to_weeks": 56,
        "body": {
            "en": [
                (
                    "paragraph",
                    "<p>When your baby is around 10 to 12 months old, you will be offered a development review with the health visiting team. It is usually at a clinic in a family hub. It is a chance to celebrate what your baby can do, and to talk about anything that worries you.</p>",
                ),
                ("heading", "The ASQ questionnaire"),
                (
                    "paragraph",
                    "<p>Before the review, you will be asked to fill in a questionnaire called the ASQ (Ages and Stages Questionnaire). It asks what your baby can do now, for example:</p>"
                    "<ul><li><b>talking:</b> babbling, copying sounds, pointing</li>"
                    "<li><b>moving:</b> sitting, crawling, pulling up to stand</li>"
                    "<li><b>using hands:</b> picking up small things, passing a toy from hand to hand</li>"
                    "<li><b>solving problems:</b> finding a toy you have hidden</li>"
                    "<li><b>getting on with people:</b> waving, playing peekaboo</li></ul>"
                    "<p>It is not a test, and there is no pass or fail. Try the activities with your baby at home and answer honestly. If you are not sure, try again another day.</p>",
                ),
                (
                    "tip",
                    {
                        "text": "<p>If you need the questionnaire in another language, or help to fill it in, call the health visiting team. You can also ask for an interpreter at the review.</p>"
                    },
                ),
                ("heading", "What you will talk about"),
                (
                    "paragraph",
                    "<ul><li>your baby's weight and growth</li>"
                    "<li>eating and drinking, and moving from a bottle to a cup</li>"
                    "<li>teeth: brushing twice a day with a smear of fluoride toothpaste</li>"
                    "<li>sleep and routines</li>"
                    "<li>keeping your child safe as they start to move around</li>"
                    "<li>the vaccinations due at one year</li>"
                    "<li>talking and play</li></ul>",
                ),
                (
                    "checklist",
                    {
                        "title": "Bring to the review",
                        "items": [
                            "Your baby's red book",
                            "The ASQ questionnaire, filled in",
                            "Any questions you have",
                            "A snack, a drink and a nappy for your baby",
                        ],
                    },
                ),
                (
                    "details",
                    {
                        "question": "What happens if my baby needs extra help?",
                        "answer": "<p>The health visitor will talk it through with you. They may suggest ideas to try at home, a local group, or another check later. If needed, they can refer your baby to other services, such as speech and language therapy. Getting help early makes a big difference.</p>",
                    },
                ),
                (
                    "details",
                    {
                        "question": "Is NHS dental care free for my baby?",
                        "answer": "<p>Yes. NHS dental care is free for children. Take your baby to the dentist when their first teeth come through. It helps them get used to it.</p>",
                    },
                ),
                (
                    "details",
                    {
                        "question": "What if I cannot make the appointment?",
                        "answer": "<p>Call the health visiting team on 0116 000 0000 to change it. The review is important, so please do not just miss it.</p>",
                    },
                ),
                (
                    "paragraph",
                    '<p><a href="https://www.nhs.uk/baby/babys-development/height-weight-and-reviews/baby-reviews/">Read more about baby reviews on the NHS website</a>.</p>',
                ),
                (
                    "directory_link",
                    {"category": "health-visiting-clinic", "text": "Find a health visiting clinic"},
                ),
            ]
        },
    },
    {
        "stage": "talking-and-play",
        "slug": "2-to-2-and-a-half-year-review",
        "title": {"en": "The 2 to 2½ year review and early language"},
        "summary": {
            "en": "The review at 2 to 2½ looks at how your child talks, plays and moves. Find out what happens, and simple ways to help their talking."
        },
        "age_from_weeks": 96,
        "age_to_weeks": 134,
        "body": {
            "en": [
                (
                    "paragraph",
                    "<p>When your child is between 2 and 2½ years old, you will be offered a development review with the health visiting team at a clinic. If your child goes to a nursery or a childminder, the review may be done together with them.</p>",
                ),
                ("heading", "Before the review"),
                (
                    "paragraph",
                    "<p>You will be asked to fill in the ASQ questionnaire again. It asks about your child's talking, moving, hand skills, problem solving, and how they get on with other people. Try the activities with your child and answer as best you can. It is not a test.</p>",
                ),
                ("heading", "What you will talk about"),
                (
                    "paragraph",
                    "<ul><li>talking and understanding</li>"
                    "<li>play and behaviour, including tantrums</li>"
                    "<li>eating, drinking and teeth</li>"
                    "<li>sleep</li>"
                    "<li>potty training</li>"
                    "<li>vaccinations</li>"
                    "<li>nursery, childminders and free childcare</li></ul>",
                ),
                ("heading", "Talking at 2 years"),
                (
                    "paragraph",
                    "<p>By 2 years, most children:</p>"
                    "<ul><li>understand simple instructions, like “get your shoes”</li>"
                    "<li>use 50 or more words</li>"
                    "<li>put 2 words together, like “daddy gone” or “more juice”</li></ul>"
                    "<p>Children learn at different speeds. Children who are learning more than one language may mix words from each. That is normal.</p>",
                ),
                (
                    "checklist",
                    {
                        "title": "Ways to help your child's talking",
                        "items": [
                            "Get down to their level and follow their lead in play",
                            "Add one word: if they say “car”, you say “red car”",
                            "Say words back the right way, without saying they are wrong",
                            "Give choices: “apple or banana?”",
                            "Share books and rhymes every day",
                            "Keep dummies for sleep time only",
                            "Turn off the TV when you are playing or talking",
                        ],
                    },
                ),
                (
                    "tip",
                    {
                        "text": "<p>Check that your child has had all their vaccinations, including the ones at one year and 18 months. If you are not sure, look in the red book or ask your GP surgery.</p>"
                    },
                ),
                (
                    "details",
                    {
                        "question": "What if my child is not talking much?",
                        "answer": "<p>Tell your health visitor. They can suggest ideas, local groups, or a referral to speech and language therapy. You do not need to wait for the review. Early help works best.</p>",
                    },
                ),
                (
                    "details",
                    {
                        "question": "Can my child get free childcare?",
                        "answer": "<p>Some 2-year-olds can get free early education and childcare. It depends on your family's situation. Ask at your family hub, or at the review, for help to check.</p>",
                    },
                ),
                (
                    "paragraph",
                    '<p><a href="https://www.nhs.uk/baby/babys-development/play-and-learning/help-your-baby-learn-to-talk/">Read more about helping your child learn to talk on the NHS website</a>.</p>',
                ),
                (
                    "directory_link",
                    {"category": "speech-and-language", "text": "Find speech and language support"},
                ),
                (
                    "directory_link",
                    {
                        "category": "send",
                        "text": "Find support for special educational needs and disabilities",
                    },
                ),
            ]
        },
    },
    # --- Feeding ------------------------------------------------------------------
    {
        "stage": "feeding",
        "slug": "breastfeeding-getting-started",
        "title": {
            "en": "Breastfeeding: getting started and getting support",
            "pl": "Karmienie piersią: dobry początek i wsparcie",
            "ur": "ماں کا دودھ پلانا: آغاز اور مدد",
        },
        "summary": {
            "en": "How to get breastfeeding off to a good start, how to tell your baby is getting enough milk, and where to get help.",
            "pl": "Jak dobrze zacząć karmienie piersią, jak sprawdzić, czy dziecko dostaje dość mleka, i gdzie szukać pomocy.",
            "ur": "ماں کا دودھ پلانے کا اچھا آغاز کیسے کریں، کیسے جانیں کہ بچے کو کافی دودھ مل رہا ہے، اور مدد کہاں سے لیں۔",
        },
        "age_from_weeks": -12,
        "age_to_weeks": 52,
        "body": {
            "en": [
                (
                    "paragraph",
                    "<p>Breast milk gives your baby everything they need for around the first 6 months. It helps protect them from infections and illness. Breastfeeding is good for your health too. Any amount of breast milk helps your baby.</p>",
                ),
                ("heading", "The first days"),
                (
                    "paragraph",
                    "<p>Straight after the birth, hold your baby skin to skin on your chest. This helps your baby feel calm and find the breast. Your first milk is called colostrum. It is thick and yellow, and there is only a little, but it is all your baby needs at first. You will have more milk over the next few days.</p>"
                    "<p>Feed your baby whenever they show signs of hunger. At first, most babies feed 8 to 12 times or more in 24 hours, day and night. This is normal, and it helps build your milk supply.</p>",
                ),
                ("heading", "A good latch"),
                (
                    "paragraph",
                    "<ul><li>Hold your baby close, with their nose level with your nipple.</li>"
                    "<li>Wait for your baby to open their mouth wide, then bring them to the breast.</li>"
                    "<li>Their chin should touch your breast. You should see more of the dark skin around your nipple above their top lip than below their bottom lip.</li>"
                    "<li>Their cheeks look full and round. You may hear them swallow.</li>"
                    "<li>It should not hurt after the first few sucks. If it hurts, gently put your little finger in the corner of their mouth to break the suction, and try again.</li></ul>",
                ),
                (
                    "checklist",
                    {
                        "title": "Signs your baby is getting enough milk (from day 5)",
                        "items": [
                            "At least 6 heavy, wet nappies every 24 hours",
                            "At least 2 yellow poos every 24 hours, about the size of a £2 coin",
                            "Your baby seems calm and content after most feeds",
                            "Your baby is back to their birth weight by about 2 weeks old",
                            "Your breasts feel softer after a feed",
                        ],
                    },
                ),
                (
                    "tip",
                    {
                        "text": "<p>Ask for help early. Sore nipples, a baby who finds it hard to latch, or worries about your milk supply can usually be helped. Your midwife, health visitor and local breastfeeding supporters are there for you.</p>"
                    },
                ),
                ("heading", "Vitamin D"),
                (
                    "paragraph",
                    '<p>The NHS advises giving breastfed babies a vitamin D supplement every day from birth. You may be able to get free vitamins with <a href="/en/guides/feeding/healthy-start-and-vitamins/">Healthy Start</a>.</p>',
                ),
                (
                    "details",
                    {
                        "question": "Can I breastfeed in public?",
                        "answer": "<p>Yes. The law protects your right to breastfeed in public places, such as cafes, shops and buses.</p>",
                    },
                ),
                (
                    "details",
                    {
                        "question": "How can my partner help?",
                        "answer": "<p>Partners can do skin to skin, change nappies, wind and settle the baby, bring you food and drinks, and help you rest. Their support makes a big difference.</p>",
                    },
                ),
                (
                    "details",
                    {
                        "question": "What if I want to give bottles as well?",
                        "answer": "<p>Talk to your health visitor or a breastfeeding supporter first. They can help you keep up your milk supply. You can also express your breast milk for someone else to give your baby.</p>",
                    },
                ),
                (
                    "urgent_help",
                    {
                        "title": "Get help quickly",
                        "text": "<p>Call your GP or NHS 111 if you have a painful, red, hot area on your breast and you feel feverish or unwell. Call them too if your baby is very sleepy, is not feeding, or has fewer wet nappies. If your baby is seriously ill, call 999.</p>",
                        "numbers": [
                            {"label": "Emergency", "number": "999"},
                            {"label": "NHS urgent advice", "number": "111"},
                            {"label": "Health visiting team", "number": "0116 000 0000"},
                        ],
                    },
                ),
                (
                    "paragraph",
                    '<p><a href="https://www.nhs.uk/baby/breastfeeding-and-bottle-feeding/breastfeeding/">Read more about breastfeeding on the NHS website</a>.</p>',
                ),
                (
                    "directory_link",
                    {
                        "category": "infant-feeding",
                        "text": "Find a baby feeding group or breastfeeding support",
                    },
                ),
            ],
            "pl": [
                (
                    "paragraph",
                    "<p>Mleko matki daje dziecku wszystko, czego potrzebuje mniej więcej przez pierwsze 6 miesięcy. Pomaga chronić je przed infekcjami i chorobami. Karmienie piersią jest dobre także dla Twojego zdrowia. Każda ilość mleka matki pomaga dziecku.</p>",
                ),
                ("heading", "Pierwsze dni"),
                (
                    "paragraph",
                    "<p>Zaraz po porodzie połóż dziecko na swojej klatce piersiowej, skóra do skóry. Dzięki temu dziecko się uspokaja i łatwiej znajduje pierś. Pierwsze mleko to siara. Jest gęsta i żółta i jest jej niewiele, ale na początku to wszystko, czego dziecko potrzebuje. W ciągu kilku następnych dni mleka będzie więcej.</p>"
                    "<p>Karm dziecko zawsze, gdy pokazuje, że jest głodne. Na początku większość dzieci je 8–12 razy na dobę albo częściej, w dzień i w nocy. To normalne i pomaga rozkręcić laktację.</p>",
                ),
                ("heading", "Dobre przystawienie do piersi"),
                (
                    "paragraph",
                    "<ul><li>Trzymaj dziecko blisko, z noskiem na wysokości brodawki.</li>"
                    "<li>Poczekaj, aż dziecko szeroko otworzy buzię, i wtedy przystaw je do piersi.</li>"
                    "<li>Bródka dziecka powinna dotykać piersi. Nad górną wargą dziecka powinno być widać więcej ciemnej skóry wokół brodawki niż pod dolną wargą.</li>"
                    "<li>Policzki dziecka są pełne i zaokrąglone. Możesz słyszeć, jak przełyka.</li>"
                    "<li>Po pierwszych kilku ssaniach nie powinno boleć. Jeśli boli, delikatnie włóż mały palec w kącik ust dziecka, by przerwać ssanie, i spróbuj jeszcze raz.</li></ul>",
                ),
                (
                    "checklist",
                    {
                        "title": "Oznaki, że dziecko dostaje dość mleka (od 5. dnia)",
                        "items": [
                            "Co najmniej 6 ciężkich, mokrych pieluch na dobę",
                            "Co najmniej 2 żółte kupki na dobę, mniej więcej wielkości monety 2 funtów",
                            "Dziecko jest spokojne i zadowolone po większości karmień",
                            "Około 2. tygodnia życia dziecko wraca do wagi urodzeniowej",
                            "Po karmieniu piersi są bardziej miękkie",
                        ],
                    },
                ),
                (
                    "tip",
                    {
                        "text": "<p>Proś o pomoc wcześnie. Bolesne brodawki, trudności z przystawieniem dziecka czy obawy o ilość mleka zwykle da się rozwiązać. Położna, pielęgniarka środowiskowa i lokalne doradczynie karmienia piersią są tu dla Ciebie.</p>"
                    },
                ),
                ("heading", "Witamina D"),
                (
                    "paragraph",
                    "<p>NHS zaleca, by dzieci karmione piersią od urodzenia codziennie dostawały witaminę D. Możesz dostać darmowe witaminy w ramach programu Healthy Start.</p>",
                ),
                (
                    "details",
                    {
                        "question": "Czy mogę karmić piersią w miejscach publicznych?",
                        "answer": "<p>Tak. Prawo chroni Twoje prawo do karmienia piersią w miejscach publicznych, takich jak kawiarnie, sklepy i autobusy.</p>",
                    },
                ),
                (
                    "details",
                    {
                        "question": "Jak może mi pomóc partner?",
                        "answer": "<p>Partner może tulić dziecko skóra do skóry, zmieniać pieluchy, pomagać mu się odbić i je usypiać, przynosić Ci jedzenie i picie oraz dbać o to, byś mogła odpocząć. Jego wsparcie ma ogromne znaczenie.</p>",
                    },
                ),
                (
                    "details",
                    {
                        "question": "A jeśli chcę podawać też butelkę?",
                        "answer": "<p>Najpierw porozmawiaj z pielęgniarką środowiskową lub doradczynią karmienia piersią. Pomogą Ci utrzymać laktację. Możesz też odciągać swoje mleko, żeby ktoś inny mógł podać je dziecku.</p>",
                    },
                ),
                (
                    "urgent_help",
                    {
                        "title": "Szybko szukaj pomocy",
                        "text": "<p>Zadzwoń do lekarza rodzinnego (GP) lub pod NHS 111, jeśli na piersi masz bolesne, czerwone, gorące miejsce i masz gorączkę lub źle się czujesz. Zadzwoń też, jeśli dziecko jest bardzo senne, nie chce jeść albo ma mniej mokrych pieluch. Jeśli dziecko jest poważnie chore, dzwoń pod 999.</p>",
                        "numbers": [
                            {"label": "Pogotowie ratunkowe", "number": "999"},
                            {"label": "Pilna porada NHS", "number": "111"},
                            {
                                "label": "Zespół pielęgniarek środowiskowych",
                                "number": "0116 000 0000",
                            },
                        ],
                    },
                ),
                (
                    "paragraph",
                    '<p><a href="https://www.nhs.uk/baby/breastfeeding-and-bottle-feeding/breastfeeding/">Więcej o karmieniu piersią na stronie NHS (po angielsku)</a>.</p>',
                ),
                (
                    "directory_link",
                    {
                        "category": "infant-feeding",
                        "text": "Znajdź grupę wsparcia w karmieniu piersią",
                    },
                ),
            ],
            "ur": [
                (
                    "paragraph",
                    "<p>ماں کا دودھ تقریباً پہلے 6 مہینے تک بچے کی ہر ضرورت پوری کرتا ہے۔ یہ بچے کو انفیکشن اور بیماریوں سے بچانے میں مدد دیتا ہے۔ دودھ پلانا آپ کی اپنی صحت کے لیے بھی اچھا ہے۔ ماں کے دودھ کی تھوڑی سی مقدار بھی بچے کو فائدہ دیتی ہے۔</p>",
                ),
                ("heading", "پہلے چند دن"),
                (
                    "paragraph",
                    "<p>پیدائش کے فوراً بعد بچے کو اپنے سینے پر اس طرح رکھیں کہ اس کی جلد آپ کی جلد سے ملی ہو (اسکن ٹو اسکن)۔ اس سے بچہ پرسکون رہتا ہے اور آسانی سے چھاتی تک پہنچتا ہے۔ آپ کا پہلا دودھ کولوسٹرم کہلاتا ہے۔ یہ گاڑھا اور پیلا ہوتا ہے اور مقدار میں کم ہوتا ہے، لیکن شروع میں بچے کو بس یہی چاہیے۔ اگلے چند دنوں میں دودھ بڑھ جائے گا۔</p>"
                    "<p>جب بھی بچہ بھوک کی نشانیاں دکھائے، اسے دودھ پلائیں۔ شروع میں زیادہ تر بچے 24 گھنٹوں میں 8 سے 12 بار یا اس سے بھی زیادہ، دن اور رات، دودھ پیتے ہیں۔ یہ معمول کی بات ہے اور اس سے آپ کا دودھ بڑھتا ہے۔</p>",
                ),
                ("heading", "چھاتی کو صحیح طریقے سے منہ میں لینا"),
                (
                    "paragraph",
                    "<ul><li>بچے کو اپنے قریب رکھیں، اس کی ناک آپ کے نپل کی سیدھ میں ہو۔</li>"
                    "<li>انتظار کریں کہ بچہ اپنا منہ پورا کھولے، پھر اسے چھاتی کی طرف لائیں۔</li>"
                    "<li>بچے کی ٹھوڑی چھاتی کو چھوئے۔ نپل کے گرد گہرے رنگ کی جلد بچے کے اوپر والے ہونٹ کے اوپر زیادہ اور نیچے والے ہونٹ کے نیچے کم نظر آئے۔</li>"
                    "<li>بچے کے گال بھرے ہوئے اور گول نظر آئیں۔ آپ اسے دودھ نگلتے ہوئے سن سکتی ہیں۔</li>"
                    "<li>شروع میں چند بار چوسنے کے بعد درد نہیں ہونا چاہیے۔ اگر درد ہو تو اپنی چھوٹی انگلی آہستہ سے بچے کے منہ کے کونے میں ڈال کر چھاتی چھڑا لیں اور دوبارہ کوشش کریں۔</li></ul>",
                ),
                (
                    "checklist",
                    {
                        "title": "بچے کو کافی دودھ ملنے کی نشانیاں (پانچویں دن سے)",
                        "items": [
                            "24 گھنٹوں میں کم از کم 6 بھاری، گیلے ڈائپر",
                            "24 گھنٹوں میں کم از کم 2 بار پیلا پاخانہ، تقریباً 2 پاؤنڈ کے سکے جتنا",
                            "زیادہ تر بار دودھ پینے کے بعد بچہ پرسکون اور مطمئن لگتا ہے",
                            "تقریباً 2 ہفتے کی عمر تک بچہ اپنے پیدائشی وزن پر واپس آ جاتا ہے",
                            "دودھ پلانے کے بعد آپ کی چھاتیاں نرم محسوس ہوتی ہیں",
                        ],
                    },
                ),
                (
                    "tip",
                    {
                        "text": "<p>مدد جلدی مانگیں۔ نپلز میں درد، بچے کا چھاتی ٹھیک سے نہ پکڑ پانا، یا دودھ کم ہونے کی فکر، ان سب میں عام طور پر مدد ہو سکتی ہے۔ آپ کی مڈوائف، ہیلتھ وزیٹر اور مقامی بریسٹ فیڈنگ مددگار آپ کے لیے موجود ہیں۔</p>"
                    },
                ),
                ("heading", "وٹامن ڈی"),
                (
                    "paragraph",
                    "<p>NHS کا مشورہ ہے کہ ماں کا دودھ پینے والے بچوں کو پیدائش سے ہی روزانہ وٹامن ڈی دیا جائے۔ ہیلتھی اسٹارٹ (Healthy Start) کے ذریعے آپ کو مفت وٹامنز مل سکتے ہیں۔</p>",
                ),
                (
                    "details",
                    {
                        "question": "کیا میں عوامی جگہوں پر دودھ پلا سکتی ہوں؟",
                        "answer": "<p>جی ہاں۔ قانون عوامی جگہوں، جیسے کیفے، دکانوں اور بسوں میں دودھ پلانے کے آپ کے حق کی حفاظت کرتا ہے۔</p>",
                    },
                ),
                (
                    "details",
                    {
                        "question": "میرا ساتھی کیسے مدد کر سکتا ہے؟",
                        "answer": "<p>ساتھی بچے کو اسکن ٹو اسکن رکھ سکتا ہے، ڈائپر بدل سکتا ہے، بچے کو ڈکار دلا کر سلا سکتا ہے، آپ کے لیے کھانا پینا لا سکتا ہے اور آپ کو آرام کا موقع دے سکتا ہے۔ اس کی مدد سے بہت فرق پڑتا ہے۔</p>",
                    },
                ),
                (
                    "details",
                    {
                        "question": "اگر میں ساتھ میں بوتل سے بھی دودھ دینا چاہوں تو؟",
                        "answer": "<p>پہلے اپنی ہیلتھ وزیٹر یا بریسٹ فیڈنگ مددگار سے بات کریں۔ وہ آپ کا دودھ برقرار رکھنے میں آپ کی مدد کریں گی۔ آپ اپنا دودھ نکال کر بھی رکھ سکتی ہیں تاکہ کوئی اور بچے کو پلا سکے۔</p>",
                    },
                ),
                (
                    "urgent_help",
                    {
                        "title": "جلد مدد لیں",
                        "text": "<p>اگر آپ کی چھاتی پر کوئی جگہ سرخ، گرم اور دردناک ہو اور آپ کو بخار ہو یا طبیعت خراب لگے تو اپنے جی پی یا NHS 111 کو فون کریں۔ اگر بچہ بہت زیادہ سو رہا ہو، دودھ نہ پی رہا ہو یا اس کے ڈائپر کم گیلے ہوں تو بھی فون کریں۔ اگر بچہ شدید بیمار ہو تو 999 پر کال کریں۔</p>",
                        "numbers": [
                            {"label": "ہنگامی صورت", "number": "999"},
                            {"label": "NHS فوری مشورہ", "number": "111"},
                            {"label": "ہیلتھ وزیٹنگ ٹیم", "number": "0116 000 0000"},
                        ],
                    },
                ),
                (
                    "paragraph",
                    '<p><a href="https://www.nhs.uk/baby/breastfeeding-and-bottle-feeding/breastfeeding/">ماں کا دودھ پلانے کے بارے میں NHS کی ویب سائٹ پر مزید پڑھیں (انگریزی میں)</a>۔</p>',
                ),
                (
                    "directory_link",
                    {
                        "category": "infant-feeding",
                        "text": "اپنے قریب دودھ پلانے کا گروپ یا بریسٹ فیڈنگ مدد تلاش کریں",
                    },
                ),
            ],
        },
    },
    {
        "stage": "feeding",
        "slug": "safe-formula-feeding",
        "title": {
            "en": "Formula feeding safely: bottles and making up feeds",
            "pl": "Bezpieczne karmienie mlekiem modyfikowanym",
            "ur": "فارمولا دودھ محفوظ طریقے سے پلانا",
        },
        "summary": {
            "en": "How to clean and sterilise bottles, make up each feed safely, and feed your baby with closeness and care.",
            "pl": "Jak myć i sterylizować butelki, jak bezpiecznie przygotować każde karmienie i jak karmić dziecko z bliskością i czułością.",
            "ur": "بوتلیں کیسے دھوئیں اور جراثیم سے پاک کریں، ہر بار دودھ محفوظ طریقے سے کیسے تیار کریں، اور بچے کو پیار اور قربت سے کیسے پلائیں۔",
        },
        "age_from_weeks": -4,
        "age_to_weeks": 52,
        "body": {
            "en": [
                (
                    "paragraph",
                    "<p>If you formula feed, use a first infant formula until your baby is 1 year old. All first infant formulas sold in the UK meet the same rules. Cheaper brands are just as good as expensive ones. Your baby does not need follow-on milk, “hungry baby” milk or goodnight milk.</p>",
                ),
                ("heading", "Clean and sterilise"),
                (
                    "paragraph",
                    "<p>Your baby's immune system is still growing. Clean and sterilise all bottles and teats until your baby is at least 12 months old.</p>"
                    "<ol><li>Wash bottles, teats and lids in hot, soapy water. Use a bottle brush.</li>"
                    "<li>Rinse them in clean, cold water.</li>"
                    "<li>Sterilise them in a steam steriliser, in cold-water sterilising solution, or by boiling them in a pan for at least 10 minutes.</li>"
                    "<li>Wash your hands before you take them out.</li></ol>",
                ),
                ("heading", "Making up a feed"),
                (
                    "paragraph",
                    "<ol><li>Fill the kettle with at least 1 litre of fresh tap water. Do not use water that has been boiled before.</li>"
                    "<li>Boil the water. Leave it to cool for no more than 30 minutes, so that it stays at least 70°C. Water this hot kills germs in the powder.</li>"
                    "<li>Clean the surface and wash your hands.</li>"
                    "<li>Pour the right amount of water into the bottle first.</li>"
                    "<li>Add the exact number of level scoops shown on the packet. Use the scoop that came with it. Do not press the powder down.</li>"
                    "<li>Put the teat and cap on, and shake well.</li>"
                    "<li>Cool the bottle under a cold running tap.</li>"
                    "<li>Test a few drops on the inside of your wrist. It should feel lukewarm, not hot.</li></ol>",
                ),
                (
                    "tip",
                    {
                        "text": "<p>Make each feed fresh, when your baby needs it. Throw away any formula your baby has not drunk within 2 hours. Never warm a bottle in the microwave: it heats unevenly and can burn your baby's mouth.</p>"
                    },
                ),
                ("heading", "Feeding your baby"),
                (
                    "paragraph",
                    "<p>Hold your baby close and fairly upright, and look into their eyes. Gently touch the teat to their lips and let them draw it in. Hold the bottle nearly flat, so the milk just fills the teat. Let your baby take breaks, and stop when they show you they have had enough. Never leave your baby alone with a propped-up bottle.</p>",
                ),
                (
                    "checklist",
                    {
                        "title": "Feeding when you are out",
                        "items": [
                            "Ready-to-feed formula in a carton is easiest",
                            "Or take powder in a clean, dry container, a flask of just-boiled water and a sterilised bottle",
                        ],
                    },
                ),
                (
                    "details",
                    {
                        "question": "Can I use bottled water?",
                        "answer": "<p>Bottled water is not usually suitable, because it can have too much salt (sodium) or sulphate. Use tap water. If you have to use bottled water, check the label: sodium (Na) should be under 200mg a litre, and sulphate (SO4) under 250mg a litre. Boil it, just like tap water.</p>",
                    },
                ),
                (
                    "details",
                    {
                        "question": "I cannot afford formula. What can I do?",
                        "answer": '<p>Never water down formula or add extra water. It can make your baby ill. Talk to your health visitor or family hub. You may be able to get <a href="/en/guides/feeding/healthy-start-and-vitamins/">Healthy Start</a>, and they can help you find other support.</p>',
                    },
                ),
                (
                    "details",
                    {
                        "question": "Does my formula-fed baby need vitamins?",
                        "answer": "<p>Not while they drink more than 500ml of formula a day, because formula has vitamins added. When they drink less than this, give them vitamin drops with vitamins A, C and D.</p>",
                    },
                ),
                (
                    "urgent_help",
                    {
                        "title": "If your baby is unwell",
                        "text": "<p>Call your GP or NHS 111 if your baby is being sick a lot, has diarrhoea, or is not feeding well. If your baby is seriously ill, call 999.</p>",
                        "numbers": [
                            {"label": "Emergency", "number": "999"},
                            {"label": "NHS urgent advice", "number": "111"},
                            {"label": "Health visiting team", "number": "0116 000 0000"},
                        ],
                    },
                ),
                (
                    "paragraph",
                    '<p><a href="https://www.nhs.uk/baby/breastfeeding-and-bottle-feeding/bottle-feeding/making-up-baby-formula/">Read more about making up baby formula on the NHS website</a>.</p>',
                ),
                (
                    "directory_link",
                    {"category": "infant-feeding", "text": "Find feeding support near you"},
                ),
            ],
            "pl": [
                (
                    "paragraph",
                    "<p>Jeśli karmisz dziecko mlekiem modyfikowanym, podawaj mleko początkowe (ang. first infant formula) aż do 1. roku życia. Wszystkie mleka początkowe sprzedawane w Wielkiej Brytanii spełniają te same zasady. Tańsze marki są tak samo dobre jak drogie. Dziecko nie potrzebuje mleka następnego, mleka „dla głodnych dzieci” ani mleka „na dobranoc”.</p>",
                ),
                ("heading", "Mycie i sterylizacja"),
                (
                    "paragraph",
                    "<p>Układ odpornościowy dziecka wciąż się rozwija. Myj i sterylizuj wszystkie butelki i smoczki, dopóki dziecko nie skończy co najmniej 12 miesięcy.</p>"
                    "<ol><li>Umyj butelki, smoczki i nakrętki w gorącej wodzie z płynem do mycia. Użyj szczotki do butelek.</li>"
                    "<li>Opłucz je czystą, zimną wodą.</li>"
                    "<li>Wysterylizuj je w sterylizatorze parowym, w zimnym płynie do sterylizacji albo gotując w garnku przez co najmniej 10 minut.</li>"
                    "<li>Umyj ręce, zanim je wyjmiesz.</li></ol>",
                ),
                ("heading", "Przygotowanie karmienia"),
                (
                    "paragraph",
                    "<ol><li>Nalej do czajnika co najmniej 1 litr świeżej wody z kranu. Nie używaj wody, która była już gotowana.</li>"
                    "<li>Zagotuj wodę. Zostaw ją do ostygnięcia na nie dłużej niż 30 minut, żeby miała co najmniej 70°C. Tak gorąca woda zabija zarazki w proszku.</li>"
                    "<li>Wyczyść blat i umyj ręce.</li>"
                    "<li>Najpierw wlej do butelki odpowiednią ilość wody.</li>"
                    "<li>Dodaj dokładnie tyle płaskich miarek proszku, ile podano na opakowaniu. Używaj miarki dołączonej do opakowania. Nie ubijaj proszku.</li>"
                    "<li>Załóż smoczek i nakrętkę i dobrze wstrząśnij.</li>"
                    "<li>Schłodź butelkę pod zimną bieżącą wodą.</li>"
                    "<li>Sprawdź kilka kropel na wewnętrznej stronie nadgarstka. Mleko powinno być letnie, nie gorące.</li></ol>",
                ),
                (
                    "tip",
                    {
                        "text": "<p>Przygotowuj każde karmienie na świeżo, wtedy gdy dziecko go potrzebuje. Wylej mleko, którego dziecko nie wypiło w ciągu 2 godzin. Nigdy nie podgrzewaj butelki w mikrofalówce: mleko nagrzewa się nierówno i może poparzyć buzię dziecka.</p>"
                    },
                ),
                ("heading", "Karmienie dziecka"),
                (
                    "paragraph",
                    "<p>Trzymaj dziecko blisko, w pozycji półpionowej, i patrz mu w oczy. Delikatnie dotknij smoczkiem jego ust i pozwól mu samemu go chwycić. Trzymaj butelkę prawie poziomo, tak by mleko tylko wypełniało smoczek. Pozwól dziecku robić przerwy i przestań, gdy pokaże, że już się najadło. Nigdy nie zostawiaj dziecka samego z podpartą butelką.</p>",
                ),
                (
                    "checklist",
                    {
                        "title": "Karmienie poza domem",
                        "items": [
                            "Najprościej zabrać gotowe mleko w kartoniku",
                            "Albo zabierz proszek w czystym, suchym pojemniku, termos z właśnie zagotowaną wodą i wysterylizowaną butelkę",
                        ],
                    },
                ),
                (
                    "details",
                    {
                        "question": "Czy mogę używać wody butelkowanej?",
                        "answer": "<p>Woda butelkowana zwykle się nie nadaje, bo może zawierać za dużo soli (sodu) lub siarczanów. Używaj wody z kranu. Jeśli musisz użyć wody butelkowanej, sprawdź etykietę: sód (Na) poniżej 200 mg na litr, a siarczany (SO4) poniżej 250 mg na litr. Zagotuj ją tak samo jak wodę z kranu.</p>",
                    },
                ),
                (
                    "details",
                    {
                        "question": "Nie stać mnie na mleko modyfikowane. Co mogę zrobić?",
                        "answer": "<p>Nigdy nie rozcieńczaj mleka ani nie dodawaj więcej wody. To może zaszkodzić dziecku. Porozmawiaj z pielęgniarką środowiskową lub w centrum rodzinnym (family hub). Być może możesz skorzystać z programu Healthy Start, a oni pomogą Ci znaleźć inne wsparcie.</p>",
                    },
                ),
                (
                    "details",
                    {
                        "question": "Czy dziecko karmione mlekiem modyfikowanym potrzebuje witamin?",
                        "answer": "<p>Nie, dopóki wypija więcej niż 500 ml mleka modyfikowanego dziennie, bo do mleka dodano witaminy. Gdy pije mniej, podawaj mu krople z witaminami A, C i D.</p>",
                    },
                ),
                (
                    "urgent_help",
                    {
                        "title": "Jeśli dziecko źle się czuje",
                        "text": "<p>Zadzwoń do lekarza rodzinnego (GP) lub pod NHS 111, jeśli dziecko często wymiotuje, ma biegunkę lub słabo je. Jeśli dziecko jest poważnie chore, dzwoń pod 999.</p>",
                        "numbers": [
                            {"label": "Pogotowie ratunkowe", "number": "999"},
                            {"label": "Pilna porada NHS", "number": "111"},
                            {
                                "label": "Zespół pielęgniarek środowiskowych",
                                "number": "0116 000 0000",
                            },
                        ],
                    },
                ),
                (
                    "paragraph",
                    '<p><a href="https://www.nhs.uk/baby/breastfeeding-and-bottle-feeding/bottle-feeding/making-up-baby-formula/">Więcej o przygotowywaniu mleka modyfikowanego na stronie NHS (po angielsku)</a>.</p>',
                ),
                (
                    "directory_link",
                    {"category": "infant-feeding", "text": "Znajdź wsparcie w karmieniu w pobliżu"},
                ),
            ],
            "ur": [
                (
                    "paragraph",
                    "<p>اگر آپ بچے کو فارمولا دودھ پلاتے ہیں تو ایک سال کی عمر تک پہلا انفینٹ فارمولا (first infant formula) استعمال کریں۔ برطانیہ میں بکنے والے تمام پہلے انفینٹ فارمولا ایک جیسے قواعد پر پورے اترتے ہیں۔ سستے برانڈ بھی مہنگے برانڈ جتنے ہی اچھے ہیں۔ آپ کے بچے کو فالو آن دودھ، “بھوکے بچے” والے دودھ یا “گڈ نائٹ” دودھ کی ضرورت نہیں۔</p>",
                ),
                ("heading", "صفائی اور جراثیم سے پاک کرنا"),
                (
                    "paragraph",
                    "<p>آپ کے بچے کا مدافعتی نظام ابھی بن رہا ہے۔ جب تک بچہ کم از کم 12 مہینے کا نہ ہو جائے، تمام بوتلیں اور نپل دھو کر جراثیم سے پاک (سٹرلائز) کریں۔</p>"
                    "<ol><li>بوتلیں، نپل اور ڈھکن گرم صابن والے پانی میں دھوئیں۔ بوتل صاف کرنے والا برش استعمال کریں۔</li>"
                    "<li>انہیں صاف ٹھنڈے پانی سے کھنگال لیں۔</li>"
                    "<li>انہیں بھاپ والے سٹرلائزر میں، ٹھنڈے پانی والے سٹرلائزنگ محلول میں، یا پتیلی میں کم از کم 10 منٹ ابال کر جراثیم سے پاک کریں۔</li>"
                    "<li>انہیں نکالنے سے پہلے اپنے ہاتھ دھوئیں۔</li></ol>",
                ),
                ("heading", "دودھ تیار کرنا"),
                (
                    "paragraph",
                    "<ol><li>کیتلی میں کم از کم 1 لیٹر تازہ نلکے کا پانی بھریں۔ پہلے سے ابلا ہوا پانی دوبارہ استعمال نہ کریں۔</li>"
                    "<li>پانی ابالیں۔ اسے 30 منٹ سے زیادہ ٹھنڈا نہ ہونے دیں تاکہ اس کا درجہ حرارت کم از کم 70 ڈگری سینٹی گریڈ رہے۔ اتنا گرم پانی پاؤڈر میں موجود جراثیم کو مار دیتا ہے۔</li>"
                    "<li>جگہ صاف کریں اور ہاتھ دھوئیں۔</li>"
                    "<li>پہلے بوتل میں صحیح مقدار میں پانی ڈالیں۔</li>"
                    "<li>پیکٹ پر لکھی ہوئی تعداد کے مطابق ہموار چمچ پاؤڈر ڈالیں۔ پیکٹ کے ساتھ آنے والا چمچ استعمال کریں۔ پاؤڈر کو دبائیں نہیں۔</li>"
                    "<li>نپل اور ڈھکن لگا کر اچھی طرح ہلائیں۔</li>"
                    "<li>بوتل کو ٹھنڈے بہتے پانی کے نیچے ٹھنڈا کریں۔</li>"
                    "<li>چند قطرے اپنی کلائی کے اندرونی حصے پر ڈال کر دیکھیں۔ دودھ نیم گرم ہونا چاہیے، گرم نہیں۔</li></ol>",
                ),
                (
                    "tip",
                    {
                        "text": "<p>ہر بار دودھ تازہ تیار کریں، جب بچے کو ضرورت ہو۔ جو دودھ بچہ 2 گھنٹے کے اندر نہ پیے اسے پھینک دیں۔ بوتل کو کبھی مائیکرو ویو میں گرم نہ کریں: اس سے دودھ کہیں زیادہ اور کہیں کم گرم ہوتا ہے اور بچے کا منہ جل سکتا ہے۔</p>"
                    },
                ),
                ("heading", "بچے کو دودھ پلانا"),
                (
                    "paragraph",
                    "<p>بچے کو اپنے قریب اور کچھ سیدھا پکڑیں، اور اس کی آنکھوں میں دیکھیں۔ نپل کو آہستہ سے بچے کے ہونٹوں سے لگائیں اور اسے خود منہ میں لینے دیں۔ بوتل کو تقریباً افقی یعنی لیٹی ہوئی حالت میں رکھیں تاکہ دودھ بس نپل میں بھرا رہے۔ بچے کو رک رک کر پینے دیں، اور جب وہ بتائے کہ اس کا پیٹ بھر گیا ہے تو روک دیں۔ بچے کو کبھی بھی بوتل کسی چیز سے ٹکا کر اکیلا نہ چھوڑیں۔</p>",
                ),
                (
                    "checklist",
                    {
                        "title": "گھر سے باہر دودھ پلانا",
                        "items": [
                            "ڈبے میں تیار فارمولا (ready-to-feed) سب سے آسان ہے",
                            "یا صاف، خشک ڈبے میں پاؤڈر، ابھی ابلے ہوئے پانی کا تھرماس اور جراثیم سے پاک بوتل ساتھ لے جائیں",
                        ],
                    },
                ),
                (
                    "details",
                    {
                        "question": "کیا بوتل والا پانی استعمال کیا جا سکتا ہے؟",
                        "answer": "<p>بوتل والا پانی عام طور پر مناسب نہیں ہوتا کیونکہ اس میں نمک (سوڈیم) یا سلفیٹ زیادہ ہو سکتا ہے۔ نلکے کا پانی استعمال کریں۔ اگر بوتل والا پانی استعمال کرنا ہی پڑے تو لیبل دیکھیں: سوڈیم (Na) 200 ملی گرام فی لیٹر سے کم اور سلفیٹ (SO4) 250 ملی گرام فی لیٹر سے کم ہونا چاہیے۔ اسے بھی نلکے کے پانی کی طرح ابالیں۔</p>",
                    },
                ),
                (
                    "details",
                    {
                        "question": "اگر فارمولا دودھ خریدنے کے پیسے نہ ہوں تو کیا کریں؟",
                        "answer": "<p>دودھ کبھی پتلا نہ کریں اور اس میں اضافی پانی نہ ملائیں۔ اس سے بچہ بیمار ہو سکتا ہے۔ اپنی ہیلتھ وزیٹر یا فیملی ہب سے بات کریں۔ ہو سکتا ہے آپ ہیلتھی اسٹارٹ (Healthy Start) کے اہل ہوں، اور وہ دوسری مدد تلاش کرنے میں بھی آپ کی مدد کریں گے۔</p>",
                    },
                ),
                (
                    "details",
                    {
                        "question": "کیا فارمولا دودھ پینے والے بچے کو وٹامنز کی ضرورت ہے؟",
                        "answer": "<p>جب تک بچہ روزانہ 500 ملی لیٹر سے زیادہ فارمولا دودھ پیتا ہے، اسے ضرورت نہیں، کیونکہ فارمولا میں وٹامنز شامل ہوتے ہیں۔ جب وہ اس سے کم پیے تو اسے وٹامن اے، سی اور ڈی والے قطرے دیں۔</p>",
                    },
                ),
                (
                    "urgent_help",
                    {
                        "title": "اگر بچے کی طبیعت خراب ہو",
                        "text": "<p>اگر بچہ بار بار الٹی کر رہا ہو، اسے دست ہوں یا وہ ٹھیک سے دودھ نہ پی رہا ہو تو اپنے جی پی یا NHS 111 کو فون کریں۔ اگر بچہ شدید بیمار ہو تو 999 پر کال کریں۔</p>",
                        "numbers": [
                            {"label": "ہنگامی صورت", "number": "999"},
                            {"label": "NHS فوری مشورہ", "number": "111"},
                            {"label": "ہیلتھ وزیٹنگ ٹیم", "number": "0116 000 0000"},
                        ],
                    },
                ),
                (
                    "paragraph",
                    '<p><a href="https://www.nhs.uk/baby/breastfeeding-and-bottle-feeding/bottle-feeding/making-up-baby-formula/">فارمولا دودھ تیار کرنے کے بارے میں NHS کی ویب سائٹ پر مزید پڑھیں (انگریزی میں)</a>۔</p>',
                ),
                (
                    "directory_link",
                    {
                        "category": "infant-feeding",
                        "text": "اپنے قریب بچے کو دودھ پلانے میں مدد تلاش کریں",
                    },
                ),
            ],
        },
    },
    {
        "stage": "feeding",
        "slug": "starting-solid-foods",
        "title": {
            "en": "Starting solid foods at around 6 months",
            "pl": "Rozszerzanie diety około 6. miesiąca",
            "ur": "تقریباً 6 مہینے پر ٹھوس غذا شروع کرنا",
        },
        "summary": {
            "en": "When your baby is ready for solid foods, what to offer first, and how to keep mealtimes safe.",
            "pl": "Kiedy dziecko jest gotowe na stałe pokarmy, co podawać na początek i jak zadbać o bezpieczeństwo przy jedzeniu.",
            "ur": "بچہ ٹھوس غذا کے لیے کب تیار ہوتا ہے، شروع میں کیا کھلائیں، اور کھانے کے وقت حفاظت کیسے رکھیں۔",
        },
        "age_from_weeks": 17,
        "age_to_weeks": 56,
        "body": {
            "en": [
                (
                    "paragraph",
                    "<p>The NHS advises starting solid foods when your baby is around 6 months old. Until then, breast milk or first infant formula is all your baby needs. Starting solid foods is also called weaning.</p>",
                ),
                ("heading", "Signs your baby is ready"),
                (
                    "checklist",
                    {
                        "title": "Your baby can",
                        "items": [
                            "stay in a sitting position and hold their head steady",
                            "look at food, pick it up and put it in their mouth",
                            "swallow food, rather than push it back out",
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<p>Waking in the night, chewing fists and wanting more milk are normal baby behaviour. They are not signs that your baby is ready for solid food.</p>",
                ),
                ("heading", "First foods"),
                (
                    "paragraph",
                    "<p>Start with small amounts, once a day. Offer mashed or soft-cooked vegetables, like broccoli, carrot or cauliflower, and fruit, like banana, pear or apple. Soft finger foods, like soft-cooked vegetable sticks, are good too. Let your baby touch and play with their food. It will be messy, and that is fine.</p>"
                    "<p>Once your baby has tried a few foods, offer a wide range. Include foods that can cause allergies, such as eggs (eggs with the British Lion stamp can be soft-cooked), smooth peanut butter, dairy, wheat and fish. Give them one at a time, in small amounts, and then keep offering them regularly.</p>"
                    "<p>Keep giving breast milk or formula too. Milk is still your baby's main drink. Offer sips of water from an open cup or a free-flow cup with meals.</p>",
                ),
                (
                    "tip",
                    {
                        "text": "<p>Babies may need to try a new food 10 times or more before they accept it. Keep offering it, and eat together when you can, so your baby can watch you.</p>"
                    },
                ),
                ("heading", "Foods to avoid"),
                (
                    "paragraph",
                    "<ul><li><b>Salt and sugar.</b> Do not add them to your baby's food. Avoid salty foods like crisps, ready meals and stock cubes.</li>"
                    "<li><b>Honey</b> until your baby is 1 year old.</li>"
                    "<li><b>Whole nuts and peanuts</b> until your child is 5, because they can cause choking.</li>"
                    "<li><b>Cow's milk as a main drink</b> until 12 months. You can use it in cooking from 6 months.</li></ul>",
                ),
                (
                    "urgent_help",
                    {
                        "title": "Keep mealtimes safe",
                        "text": "<p>Always stay with your baby when they eat, and sit them upright. Cut small round foods, like grapes and cherry tomatoes, into quarters lengthways.</p>"
                        "<p>Gagging is normal while babies learn to eat: they may cough and go red in the face. Choking is different: it is often silent, and your baby cannot cry, cough or breathe. If your baby is choking and you cannot clear it, call 999.</p>",
                        "numbers": [
                            {"label": "Emergency", "number": "999"},
                            {"label": "NHS urgent advice", "number": "111"},
                        ],
                    },
                ),
                (
                    "details",
                    {
                        "question": "What about vitamins?",
                        "answer": '<p>From 6 months to 5 years, the NHS advises giving children vitamin drops with vitamins A, C and D every day. Babies who drink more than 500ml of formula a day do not need them. You may get free vitamins with <a href="/en/guides/feeding/healthy-start-and-vitamins/">Healthy Start</a>.</p>',
                    },
                ),
                (
                    "details",
                    {
                        "question": "My baby was born early. When should they start?",
                        "answer": "<p>Talk to your health visitor or your baby's doctor. They will help you decide when your baby is ready.</p>",
                    },
                ),
                (
                    "paragraph",
                    '<p><a href="https://www.nhs.uk/baby/weaning-and-feeding/">Read more about weaning on the NHS website</a>.</p>',
                ),
                (
                    "directory_link",
                    {"category": "infant-feeding", "text": "Find feeding support near you"},
                ),
            ],
            "pl": [
                (
                    "paragraph",
                    "<p>NHS zaleca, by zacząć podawać dziecku stałe pokarmy, gdy ma około 6 miesięcy. Do tego czasu mleko matki lub mleko początkowe to wszystko, czego dziecko potrzebuje. Wprowadzanie stałych pokarmów nazywa się rozszerzaniem diety.</p>",
                ),
                ("heading", "Oznaki, że dziecko jest gotowe"),
                (
                    "checklist",
                    {
                        "title": "Twoje dziecko potrafi",
                        "items": [
                            "utrzymać pozycję siedzącą i stabilnie trzymać główkę",
                            "spojrzeć na jedzenie, chwycić je i włożyć do buzi",
                            "połknąć jedzenie, zamiast wypychać je z powrotem",
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<p>Budzenie się w nocy, żucie piąstek czy chęć na więcej mleka to zwykłe zachowania niemowląt. Nie oznaczają, że dziecko jest gotowe na stałe pokarmy.</p>",
                ),
                ("heading", "Pierwsze posiłki"),
                (
                    "paragraph",
                    "<p>Zacznij od małych ilości, raz dziennie. Podawaj rozgniecione lub miękko ugotowane warzywa, takie jak brokuł, marchewka czy kalafior, i owoce, takie jak banan, gruszka czy jabłko. Dobre są też miękkie kawałki do trzymania w rączce, na przykład miękko ugotowane słupki warzyw. Pozwól dziecku dotykać jedzenia i się nim bawić. Będzie bałagan i to jest w porządku.</p>"
                    "<p>Gdy dziecko spróbuje już kilku potraw, podawaj coraz więcej różnych produktów. Także te, które mogą wywołać alergię: jajka (jajka z pieczątką British Lion można podawać na miękko), gładkie masło orzechowe, nabiał, pszenicę i ryby. Wprowadzaj je pojedynczo, w małych ilościach, a potem podawaj je regularnie.</p>"
                    "<p>Nadal karm dziecko piersią lub mlekiem modyfikowanym. Mleko to wciąż jego główny napój. Do posiłków podawaj łyki wody z otwartego kubka lub kubka bez zaworka.</p>",
                ),
                (
                    "tip",
                    {
                        "text": "<p>Dziecko czasem musi spróbować nowej potrawy 10 razy lub więcej, zanim ją zaakceptuje. Podawaj ją dalej i jedzcie razem, kiedy się da, by dziecko mogło Cię obserwować.</p>"
                    },
                ),
                ("heading", "Czego unikać"),
                (
                    "paragraph",
                    "<ul><li><b>Soli i cukru.</b> Nie dodawaj ich do jedzenia dziecka. Unikaj słonych produktów, takich jak chipsy, dania gotowe i kostki rosołowe.</li>"
                    "<li><b>Miodu</b> do 1. roku życia.</li>"
                    "<li><b>Całych orzechów i orzeszków ziemnych</b> do 5. roku życia, bo dziecko może się nimi zadławić.</li>"
                    "<li><b>Krowiego mleka jako głównego napoju</b> do 12. miesiąca. Od 6. miesiąca można go używać do gotowania.</li></ul>",
                ),
                (
                    "urgent_help",
                    {
                        "title": "Bezpieczne posiłki",
                        "text": "<p>Zawsze bądź przy dziecku, gdy je, i sadzaj je prosto. Małe okrągłe produkty, takie jak winogrona i pomidorki koktajlowe, krój wzdłuż na ćwiartki.</p>"
                        "<p>Odruch wymiotny jest normalny, gdy dziecko uczy się jeść: może kaszleć i poczerwienieć na twarzy. Zadławienie to co innego: często jest ciche, a dziecko nie może płakać, kaszleć ani oddychać. Jeśli dziecko się dławi, a Tobie nie udaje się usunąć tego, co blokuje mu drogi oddechowe, zadzwoń pod 999.</p>",
                        "numbers": [
                            {"label": "Pogotowie ratunkowe", "number": "999"},
                            {"label": "Pilna porada NHS", "number": "111"},
                        ],
                    },
                ),
                (
                    "details",
                    {
                        "question": "A co z witaminami?",
                        "answer": "<p>Od 6. miesiąca do 5. roku życia NHS zaleca codzienne podawanie kropli z witaminami A, C i D. Dzieci, które wypijają więcej niż 500 ml mleka modyfikowanego dziennie, ich nie potrzebują. Darmowe witaminy możesz dostać w ramach programu Healthy Start.</p>",
                    },
                ),
                (
                    "details",
                    {
                        "question": "Moje dziecko urodziło się przedwcześnie. Kiedy zacząć?",
                        "answer": "<p>Porozmawiaj z pielęgniarką środowiskową lub lekarzem dziecka. Pomogą Ci ocenić, kiedy dziecko będzie gotowe.</p>",
                    },
                ),
                (
                    "paragraph",
                    '<p><a href="https://www.nhs.uk/baby/weaning-and-feeding/">Więcej o rozszerzaniu diety na stronie NHS (po angielsku)</a>.</p>',
                ),
                (
                    "directory_link",
                    {"category": "infant-feeding", "text": "Znajdź wsparcie w karmieniu w pobliżu"},
                ),
            ],
            "ur": [
                (
                    "paragraph",
                    "<p>NHS کا مشورہ ہے کہ جب بچہ تقریباً 6 مہینے کا ہو تو اسے ٹھوس غذا دینا شروع کریں۔ اس وقت تک ماں کا دودھ یا پہلا انفینٹ فارمولا ہی بچے کی تمام ضرورت پوری کرتا ہے۔ ٹھوس غذا شروع کرنے کو ویننگ (weaning) بھی کہتے ہیں۔</p>",
                ),
                ("heading", "بچے کے تیار ہونے کی نشانیاں"),
                (
                    "checklist",
                    {
                        "title": "آپ کا بچہ",
                        "items": [
                            "بیٹھا رہ سکتا ہے اور اپنا سر سیدھا سنبھال سکتا ہے",
                            "کھانے کو دیکھ کر اٹھا سکتا ہے اور منہ میں ڈال سکتا ہے",
                            "کھانا نگل سکتا ہے، اسے واپس باہر نہیں دھکیلتا",
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<p>رات کو جاگنا، مٹھیاں چبانا یا زیادہ دودھ مانگنا بچوں کی عام عادات ہیں۔ یہ اس بات کی نشانی نہیں کہ بچہ ٹھوس غذا کے لیے تیار ہے۔</p>",
                ),
                ("heading", "پہلی غذائیں"),
                (
                    "paragraph",
                    "<p>دن میں ایک بار، تھوڑی مقدار سے شروع کریں۔ مسلی ہوئی یا نرم پکی ہوئی سبزیاں دیں، جیسے بروکلی، گاجر یا پھول گوبھی، اور پھل جیسے کیلا، ناشپاتی یا سیب۔ ہاتھ میں پکڑ کر کھانے والی نرم چیزیں بھی اچھی ہیں، جیسے نرم پکی ہوئی سبزیوں کے لمبے ٹکڑے۔ بچے کو کھانا چھونے اور اس سے کھیلنے دیں۔ گندگی ہوگی، اور یہ ٹھیک ہے۔</p>"
                    "<p>جب بچہ چند چیزیں چکھ لے تو اسے طرح طرح کی غذائیں دیں۔ ان میں وہ غذائیں بھی شامل ہوں جن سے الرجی ہو سکتی ہے، جیسے انڈے (برٹش لائن مہر والے انڈے نیم پکے دیے جا سکتے ہیں)، مونگ پھلی کا ملائم مکھن (پینٹ بٹر)، دودھ سے بنی چیزیں، گندم اور مچھلی۔ انہیں ایک ایک کر کے، تھوڑی مقدار میں دیں، اور پھر باقاعدگی سے دیتے رہیں۔</p>"
                    "<p>ماں کا دودھ یا فارمولا دودھ بھی دیتے رہیں۔ بچے کا اصل مشروب ابھی بھی دودھ ہی ہے۔ کھانے کے ساتھ کھلے کپ یا بغیر والو والے کپ سے پانی کے گھونٹ دیں۔</p>",
                ),
                (
                    "tip",
                    {
                        "text": "<p>کبھی کبھی بچے کو کوئی نئی چیز قبول کرنے سے پہلے اسے 10 یا اس سے زیادہ بار چکھنا پڑتا ہے۔ دیتے رہیں، اور جب ممکن ہو مل کر کھائیں تاکہ بچہ آپ کو کھاتے ہوئے دیکھ سکے۔</p>"
                    },
                ),
                ("heading", "کن چیزوں سے بچیں"),
                (
                    "paragraph",
                    "<ul><li><b>نمک اور چینی۔</b> بچے کے کھانے میں یہ نہ ڈالیں۔ نمکین چیزوں جیسے چپس، تیار کھانوں اور یخنی کیوب سے پرہیز کریں۔</li>"
                    "<li><b>شہد</b> ایک سال کی عمر تک نہ دیں۔</li>"
                    "<li><b>ثابت میوے اور مونگ پھلی</b> 5 سال کی عمر تک نہ دیں، کیونکہ ان سے گلا گھٹ سکتا ہے۔</li>"
                    "<li><b>گائے کا دودھ بطور اصل مشروب</b> 12 مہینے تک نہ دیں۔ 6 مہینے سے اسے کھانا پکانے میں استعمال کیا جا سکتا ہے۔</li></ul>",
                ),
                (
                    "urgent_help",
                    {
                        "title": "کھانے کے وقت حفاظت",
                        "text": "<p>جب بچہ کھا رہا ہو تو ہمیشہ اس کے پاس رہیں اور اسے سیدھا بٹھائیں۔ انگور اور چھوٹے ٹماٹر جیسی چھوٹی گول چیزوں کو لمبائی میں چار ٹکڑوں میں کاٹیں۔</p>"
                        "<p>کھانا سیکھتے ہوئے ابکائی آنا معمول کی بات ہے: بچہ کھانس سکتا ہے اور اس کا چہرہ سرخ ہو سکتا ہے۔ گلا گھٹنا (چوکنگ) اس سے مختلف ہے: یہ اکثر خاموش ہوتا ہے، اور بچہ نہ رو پاتا ہے، نہ کھانس پاتا ہے، نہ سانس لے پاتا ہے۔ اگر بچے کا گلا گھٹ رہا ہو اور آپ رکاوٹ نہ نکال سکیں تو 999 پر کال کریں۔</p>",
                        "numbers": [
                            {"label": "ہنگامی صورت", "number": "999"},
                            {"label": "NHS فوری مشورہ", "number": "111"},
                        ],
                    },
                ),
                (
                    "details",
                    {
                        "question": "وٹامنز کا کیا؟",
                        "answer": "<p>NHS کا مشورہ ہے کہ 6 مہینے سے 5 سال تک بچوں کو روزانہ وٹامن اے، سی اور ڈی والے قطرے دیں۔ جو بچے روزانہ 500 ملی لیٹر سے زیادہ فارمولا دودھ پیتے ہیں انہیں ان کی ضرورت نہیں۔ ہیلتھی اسٹارٹ (Healthy Start) کے ذریعے آپ کو مفت وٹامنز مل سکتے ہیں۔</p>",
                    },
                ),
                (
                    "details",
                    {
                        "question": "میرا بچہ وقت سے پہلے پیدا ہوا تھا۔ اسے کب شروع کروائیں؟",
                        "answer": "<p>اپنی ہیلتھ وزیٹر یا بچے کے ڈاکٹر سے بات کریں۔ وہ یہ طے کرنے میں آپ کی مدد کریں گے کہ بچہ کب تیار ہے۔</p>",
                    },
                ),
                (
                    "paragraph",
                    '<p><a href="https://www.nhs.uk/baby/weaning-and-feeding/">ٹھوس غذا شروع کرنے کے بارے میں NHS کی ویب سائٹ پر مزید پڑھیں (انگریزی میں)</a>۔</p>',
                ),
                (
                    "directory_link",
                    {
                        "category": "infant-feeding",
                        "text": "اپنے قریب بچے کی خوراک کے بارے میں مدد تلاش کریں",
                    },
                ),
            ],
        },
    },
    {
        "stage": "feeding",
        "slug": "healthy-start-and-vitamins",
        "title": {"en": "Healthy Start and vitamins for you and your baby"},
        "summary": {
            "en": "Healthy Start can help pay for milk, fruit and vegetables, and gives you free vitamins. Find out if you can get it, and which vitamins you need."
        },
        "age_from_weeks": -30,
        "age_to_weeks": 208,
        "body": {
            "en": [
                (
                    "paragraph",
                    "<p>Healthy Start is an NHS scheme. If you are at least 10 weeks pregnant or have a child under 4, and you get certain benefits, you may get money on a card every week to spend on healthy food. You can also get free vitamins.</p>"
                    "<p>If you are under 18 and pregnant, you can get Healthy Start even if you do not get benefits.</p>",
                ),
                ("heading", "What you can buy"),
                (
                    "paragraph",
                    "<ul><li>cow's milk</li>"
                    "<li>fresh, frozen and tinned fruit and vegetables</li>"
                    "<li>fresh, dried and tinned pulses, like beans and lentils</li>"
                    "<li>first infant formula</li></ul>"
                    "<p>You can use the card in many shops and supermarkets.</p>",
                ),
                ("heading", "How to apply"),
                (
                    "paragraph",
                    '<p>Apply online at <a href="https://www.healthystart.nhs.uk/">healthystart.nhs.uk</a>. You will need your National Insurance number and details of your benefits. If you need help, ask your midwife, health visitor or family hub.</p>',
                ),
                (
                    "tip",
                    {
                        "text": "<p>Check the Healthy Start website to see who can get it and how much you get each week. The rules and amounts can change.</p>"
                    },
                ),
                ("heading", "Vitamins in pregnancy"),
                (
                    "paragraph",
                    "<ul><li><b>Folic acid</b>: 400 micrograms a day from before you get pregnant until you are 12 weeks pregnant.</li>"
                    "<li><b>Vitamin D</b>: 10 micrograms a day in pregnancy and while you breastfeed.</li>"
                    "<li>Do not take vitamin A supplements (retinol) or eat liver while you are pregnant. Pregnancy vitamins are made without vitamin A.</li></ul>",
                ),
                ("heading", "Vitamins for your baby and child"),
                (
                    "checklist",
                    {
                        "title": "Vitamins at each age",
                        "items": [
                            "Breastfed babies: vitamin D drops every day from birth",
                            "Formula-fed babies: no drops while they drink more than 500ml of formula a day",
                            "All children from 6 months to 5 years: drops with vitamins A, C and D every day",
                        ],
                    },
                ),
                (
                    "details",
                    {
                        "question": "Where do I get the vitamins?",
                        "answer": "<p>If you get Healthy Start, you can get the vitamins free. Ask your health visitor or family hub where to collect them. You can also buy them at pharmacies and supermarkets.</p>",
                    },
                ),
                (
                    "details",
                    {
                        "question": "Why vitamin D?",
                        "answer": "<p>Vitamin D helps keep bones and teeth healthy. In the UK, we do not get enough from sunlight in autumn and winter, so the NHS advises a daily supplement. People with brown or black skin may need it all year round.</p>",
                    },
                ),
                (
                    "details",
                    {
                        "question": "I do not qualify. Is there other help?",
                        "answer": "<p>Your family hub can help you check what support you can get, such as help with food, baby items and benefits. Ask a member of staff.</p>",
                    },
                ),
                (
                    "paragraph",
                    '<p><a href="https://www.nhs.uk/baby/weaning-and-feeding/vitamins-for-children/">Read more about vitamins for children on the NHS website</a>.</p>',
                ),
                (
                    "directory_link",
                    {
                        "category": "family-support",
                        "text": "Get help with money and applying for support",
                    },
                ),
                (
                    "directory_link",
                    {"category": "infant-feeding", "text": "Find feeding support near you"},
                ),
            ]
        },
    },
]

CONTACT = {
    "service_name": {
        "en": "Healthy Together health visiting team",
        "pl": "Zespół pielęgniarek środowiskowych Healthy Together",
        "ur": "ہیلتھی ٹوگیدر ہیلتھ وزیٹنگ ٹیم",
    },
    "phone": "0116 000 0000",
    "text_number": "07000 000000",
    "opening_hours": {
        "en": "Monday to Friday, 9am to 5pm",
        "pl": "Od poniedziałku do piątku, 9:00–17:00",
        "ur": "پیر سے جمعہ، صبح 9 بجے سے شام 5 بجے تک",
    },
    "urgent_text": {
        "en": "If you think your baby is seriously ill, call 999. For urgent advice, call NHS 111.",
        "pl": "Jeśli uważasz, że Twoje dziecko jest poważnie chore, zadzwoń pod 999. Aby uzyskać pilną poradę, zadzwoń pod NHS 111.",
        "ur": "اگر آپ کو لگے کہ آپ کا بچہ شدید بیمار ہے تو 999 پر کال کریں۔ فوری مشورے کے لیے NHS 111 پر کال کریں۔",
    },
}
