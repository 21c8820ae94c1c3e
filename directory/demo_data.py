"""A fictional but plausible Leicester directory for the demo site (written for this project).

Names of areas are real; hubs, buildings, addresses and phone numbers are made up.
"""

HUBS = [
    {
        "key": "city-centre",
        "name": {
            "en": "City Centre Family Hub",
            "pl": "Centrum Rodzinne w centrum miasta",
            "ur": "سٹی سینٹر فیملی ہب",
        },
        "kind": "central",
        "description": {
            "en": "The main family hub for Leicester. Come in for advice, groups and clinics, "
            "or to find out what is on at the hubs near you.",
            "pl": "Główne centrum rodzinne w Leicester. Przyjdź po poradę, na zajęcia grupowe "
            "i do poradni albo dowiedz się, co dzieje się w centrach w Twojej okolicy.",
            "ur": "لیسٹر کا مرکزی فیملی ہب۔ مشورے، گروپس اور کلینکس کے لیے آئیں، "
            "یا معلوم کریں کہ آپ کے قریب کے ہبز میں کیا ہو رہا ہے۔",
        },
        "opening_hours": {
            "en": "Monday to Friday, 9am to 5pm",
            "pl": "Od poniedziałku do piątku, 9:00–17:00",
        },
        "phone": "0116 000 1000",
        "building": ("City Centre Family Hub", "12 Market Walk", "LE1 5ZZ", 52.6345, -1.1310),
        "venue": (
            "Clock Tower Library, Children's Room",
            "4 Gallowtree Lane",
            "LE1 5AA",
            52.6368,
            -1.1338,
        ),
    },
    {
        "key": "belgrave",
        "name": {
            "en": "Belgrave Family Hub",
            "pl": "Centrum Rodzinne Belgrave",
            "ur": "بیلگریو فیملی ہب",
        },
        "kind": "spoke",
        "description": {
            "en": "A spoke hub in the north of the city, next to the park.",
            "ur": "شہر کے شمال میں پارک کے ساتھ ایک فیملی ہب۔",
        },
        "opening_hours": {"en": "Monday to Thursday, 9am to 4pm"},
        "phone": "0116 000 2000",
        "building": ("Belgrave Family Hub", "3 Cossington Row", "LE4 6ZZ", 52.6545, -1.1225),
        "venue": ("Rushey Mead Community Rooms", "88 Harrison Way", "LE4 7AB", 52.6650, -1.1130),
    },
    {
        "key": "highfields",
        "name": {
            "en": "Highfields Family Hub",
            "pl": "Centrum Rodzinne Highfields",
            "ur": "ہائی فیلڈز فیملی ہب",
        },
        "kind": "spoke",
        "description": {
            "en": "A spoke hub close to the city centre, with a garden and a sensory room."
        },
        "opening_hours": {"en": "Monday to Friday, 9am to 4:30pm"},
        "phone": "0116 000 3000",
        "building": ("Highfields Family Hub", "25 Melbourne Close", "LE2 0ZZ", 52.6302, -1.1148),
        "venue": ("St Peter's Church Hall", "2 Conduit Yard", "LE2 0AB", 52.6275, -1.1190),
    },
    {
        "key": "braunstone",
        "name": {"en": "Braunstone Family Hub", "pl": "Centrum Rodzinne Braunstone"},
        "kind": "spoke",
        "description": {"en": "A spoke hub in the west of the city, with free parking."},
        "opening_hours": {"en": "Monday to Friday, 9am to 4pm"},
        "phone": "0116 000 4000",
        "building": ("Braunstone Family Hub", "40 Cort Crescent", "LE3 1ZZ", 52.6228, -1.1782),
        "venue": ("New Parks Library Hall", "7 Aikman Walk", "LE3 9AB", 52.6395, -1.1790),
    },
    {
        "key": "hamilton",
        "name": {"en": "Hamilton Family Hub", "ur": "ہیملٹن فیملی ہب"},
        "kind": "spoke",
        "description": {"en": "A spoke hub in the east of the city, in the community centre."},
        "opening_hours": {"en": "Tuesday to Friday, 9am to 4pm"},
        "phone": "0116 000 5000",
        "building": ("Hamilton Family Hub", "15 Maidenwell Drive", "LE5 1ZZ", 52.6638, -1.0805),
        "venue": ("Humberstone Scout Hut", "1 Keyham Lane", "LE5 1AB", 52.6520, -1.0750),
    },
]

ORGANISATIONS = [
    {
        "key": "council",
        "name": "Leicester Family Hubs (demo council service)",
        "description": "The city council's family hubs team.",
    },
    {
        "key": "health",
        "name": "Healthy Together 0-19 (demo)",
        "description": "Health visitors, school nurses and nursery nurses for families.",
    },
    {
        "key": "charity",
        "name": "Little Steps Family Charity (demo)",
        "description": "A local charity running groups and peer support for parents.",
    },
]

# Services every hub runs. "at": "building" or "venue". Days are RFC 5545 BYDAY values.
SERVICES = [
    {
        "key": "drop-in",
        "kind": "family-hub",
        "org": "council",
        "categories": ["family-support", "parenting"],
        "ages": (True, 0, 60),
        "name": {"en": "{hub}: drop-in and advice", "pl": "{hub}: porady bez zapisów"},
        "description": {
            "en": "Come in for help with anything to do with being a parent: money, housing, "
            "nursery places, or just someone to talk to.",
            "pl": "Przyjdź po pomoc we wszystkim, co dotyczy rodzicielstwa: pieniądze, mieszkanie, "
            "miejsce w żłobku albo po prostu rozmowa.",
        },
        "what": {
            "en": "No need to book. Staff can help you fill in forms and find other services."
        },
        "schedule": ("WEEKLY", "MO,TU,WE,TH,FR", "09:30", "12:30", False, "building"),
    },
    {
        "key": "stay-and-play",
        "kind": "group",
        "org": "council",
        "categories": ["stay-and-play"],
        "ages": (False, 0, 60),
        "name": {"en": "Stay and play", "pl": "Wspólna zabawa", "ur": "کھیل کود کا سیشن"},
        "description": {
            "en": "Drop in for play, songs and a chat with other parents. For children up to 5 "
            "and their grown-ups. No need to book.",
            "pl": "Przyjdź bez zapisów na zabawę, piosenki i rozmowę z innymi rodzicami. "
            "Dla dzieci do 5 lat i ich opiekunów.",
            "ur": "دوسرے والدین کے ساتھ کھیل، گانے اور بات چیت کے لیے آئیں۔ پانچ سال تک کے بچوں "
            "اور ان کے بڑوں کے لیے۔ بکنگ کی ضرورت نہیں۔",
        },
        "what": {
            "en": "Toys, messy play and a song at the end. Bring a drink and a snack for your child."
        },
        "schedule": ("WEEKLY", "TU", "10:00", "11:30", True, "building"),
    },
    {
        "key": "baby-clinic",
        "kind": "clinic",
        "org": "health",
        "categories": ["health-visiting-clinic"],
        "ages": (False, 0, 24),
        "name": {"en": "Baby clinic", "pl": "Poradnia dla niemowląt", "ur": "بچوں کا کلینک"},
        "description": {
            "en": "Weigh your baby and talk to a health visitor or nursery nurse about feeding, "
            "sleep, development or how you are feeling. No appointment needed.",
            "pl": "Zważ swoje dziecko i porozmawiaj z pielęgniarką środowiskową o karmieniu, śnie, "
            "rozwoju albo o tym, jak się czujesz. Nie trzeba się umawiać.",
            "ur": "اپنے بچے کا وزن کروائیں اور ہیلتھ وزیٹر سے دودھ پلانے، نیند، نشوونما یا اپنی "
            "کیفیت کے بارے میں بات کریں۔ اپائنٹمنٹ کی ضرورت نہیں۔",
        },
        "what": {
            "en": "Bring your baby's red book. Undress your baby to a clean nappy for weighing."
        },
        "schedule": ("WEEKLY", "WE", "13:30", "15:30", False, "building"),
    },
    {
        "key": "feeding",
        "kind": "group",
        "org": "charity",
        "categories": ["infant-feeding"],
        "ages": (True, 0, 12),
        "name": {
            "en": "Infant feeding support",
            "pl": "Wsparcie w karmieniu niemowląt",
            "ur": "بچوں کو دودھ پلانے میں مدد",
        },
        "description": {
            "en": "Help with breastfeeding, bottle feeding and starting solid food, from trained "
            "peer supporters and an infant feeding adviser.",
            "pl": "Pomoc w karmieniu piersią, butelką i rozszerzaniu diety od przeszkolonych "
            "wolontariuszek i doradczyni ds. karmienia.",
            "ur": "تربیت یافتہ رضاکاروں اور ماہر سے ماں کا دودھ پلانے، بوتل سے دودھ پلانے اور "
            "ٹھوس غذا شروع کرنے میں مدد۔",
        },
        "what": {"en": "Come in pregnancy or any time after your baby is born. Partners welcome."},
        "schedule": ("WEEKLY", "TH", "10:00", "12:00", False, "venue"),
    },
    {
        "key": "baby-massage",
        "kind": "group",
        "org": "charity",
        "categories": ["baby-massage"],
        "ages": (False, 1, 8),
        "name": {"en": "Baby massage", "pl": "Masaż niemowląt", "ur": "بچوں کا مساج"},
        "description": {
            "en": "A gentle course to learn massage strokes that help your baby relax and sleep. "
            "For babies from 6 weeks until they crawl.",
            "pl": "Spokojny kurs, na którym nauczysz się masażu pomagającego dziecku się "
            "zrelaksować i zasnąć. Dla niemowląt od 6. tygodnia życia do raczkowania.",
            "ur": "ایک نرم کورس جس میں آپ مساج کے طریقے سیکھیں گے جو آپ کے بچے کو آرام اور نیند "
            "میں مدد دیتے ہیں۔ چھ ہفتے سے رینگنے کی عمر تک کے بچوں کے لیے۔",
        },
        "what": {"en": "Please book a place. Bring a towel and a spare nappy."},
        "schedule": ("WEEKLY", "FR", "10:00", "11:00", True, "building"),
    },
    {
        "key": "chatter",
        "kind": "group",
        "org": "health",
        "categories": ["speech-and-language"],
        "ages": (False, 18, 36),
        "name": {"en": "Chatter time: talking and listening", "pl": "Czas na rozmowę"},
        "description": {
            "en": "Songs, stories and games that help toddlers learn to talk, with tips you can "
            "use at home. Run with a speech and language therapy assistant.",
        },
        "what": {"en": "Small groups of eight children. Book at the hub reception."},
        "schedule": ("MONTHLY", "2MO,4MO", "13:30", "14:30", True, "venue"),
    },
    {
        "key": "bumps",
        "kind": "group",
        "org": "health",
        "categories": ["antenatal", "perinatal-mental-health"],
        "ages": (True, None, None),
        "name": {"en": "Bumps and beyond", "ur": "حمل اور اس کے بعد"},
        "description": {
            "en": "For anyone expecting a baby: meet other parents-to-be, get ready for the birth "
            "and the first weeks, and look after your own wellbeing.",
            "ur": "ہر اس شخص کے لیے جو بچے کی توقع کر رہا ہے: دوسرے ہونے والے والدین سے ملیں، "
            "پیدائش اور پہلے ہفتوں کی تیاری کریں، اور اپنا خیال رکھیں۔",
        },
        "what": {"en": "A midwife or health visitor joins each session. Partners welcome."},
        "schedule": ("WEEKLY", "MO", "18:00", "19:30", False, "building"),
        "hubs": ["city-centre", "belgrave", "highfields"],
    },
    {
        "key": "dads",
        "kind": "group",
        "org": "charity",
        "categories": ["dads-and-partners", "stay-and-play"],
        "ages": (False, 0, 60),
        "name": {"en": "Dads' Saturday club", "pl": "Sobotni klub dla ojców"},
        "description": {
            "en": "Play and breakfast for dads, male carers and their children, once a month on "
            "a Saturday morning.",
            "pl": "Zabawa i śniadanie dla ojców, opiekunów i ich dzieci, raz w miesiącu w sobotę rano.",
        },
        "what": {"en": "Breakfast costs £1 per family. No need to book."},
        "cost": "£1 per family",
        "schedule": ("MONTHLY", "2SA", "10:00", "12:00", False, "building"),
        "hubs": ["city-centre", "braunstone", "hamilton"],
    },
    {
        "key": "send-play",
        "kind": "group",
        "org": "council",
        "categories": ["send", "stay-and-play"],
        "ages": (False, 0, 60),
        "name": {"en": "Sensory stay and play (SEND)"},
        "description": {
            "en": "A calm, smaller stay and play for children with additional needs or "
            "disabilities, and their families. A diagnosis is not needed.",
        },
        "what": {"en": "Quiet sensory room, ear defenders available. Siblings welcome."},
        "schedule": ("WEEKLY", "WE", "10:00", "11:30", True, "building"),
        "hubs": ["highfields", "hamilton"],
    },
]

LANGUAGES_BY_HUB = {
    "city-centre": ["en", "pl", "ur", "gu"],
    "belgrave": ["en", "gu", "pa", "hi"],
    "highfields": ["en", "so", "ur", "ar", "bn"],
    "braunstone": ["en", "pl", "ro"],
    "hamilton": ["en", "pa", "gu", "ti"],
}

# (service key, hub key, change, reason, new place)
THIS_WEEK_CHANGES = [
    (
        "stay-and-play",
        "belgrave",
        "cancelled",
        {"en": "Staff sickness", "pl": "Choroba personelu", "ur": "عملے کی بیماری"},
        None,
    ),
    ("baby-clinic", "braunstone", "cancelled", {"en": "Building closed for repairs"}, None),
    (
        "feeding",
        "highfields",
        "moved",
        {"en": "The church hall is being used for voting"},
        {"en": "Highfields Family Hub, main room"},
    ),
]

SCHOOL_HOLIDAYS = [
    ("Autumn half term 2026", "2026-10-26", "2026-10-30"),
    ("Christmas holidays 2026", "2026-12-21", "2027-01-01"),
    ("February half term 2027", "2027-02-15", "2027-02-19"),
    ("Easter holidays 2027", "2027-03-29", "2027-04-09"),
    ("May half term 2027", "2027-05-31", "2027-06-04"),
    ("Summer holidays 2027", "2027-07-22", "2027-08-31"),
]
