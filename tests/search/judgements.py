"""Parents' queries with the result a person judged best, for the corpus in corpus.py.

Each judgement: (query, language of the page, result group, expected top result).
Guides are named by English slug, services by their key in corpus.SERVICES.
Misspellings are ones parents really make (letters dropped, doubled or swapped);
place names are parts of Leicester where the services run.
"""

GUIDE, SERVICE = "guide", "service"

JUDGEMENTS = [
    # English
    ("breastfeeding", "en", GUIDE, "breastfeeding-support"),
    ("brestfeeding", "en", GUIDE, "breastfeeding-support"),
    ("how do I know my baby is getting enough milk", "en", GUIDE, "breastfeeding-support"),
    ("safe sleep", "en", GUIDE, "safe-sleep"),
    ("baby sleeping safley", "en", GUIDE, "safe-sleep"),
    ("jaundise", "en", GUIDE, "jaundice"),
    ("weaning", "en", GUIDE, "starting-solid-foods"),
    ("postnatal depression", "en", GUIDE, "postnatal-depression"),
    ("toddler tantrums", "en", GUIDE, "toddler-tantrums"),
    ("teething", "en", GUIDE, "teething"),
    ("vacinations", "en", GUIDE, "vaccinations"),
    ("stop smoking pregnant", "en", GUIDE, "stop-smoking"),
    ("baby not moving as much", "en", GUIDE, "baby-movements"),
    # Services, with place names
    ("stay and play Braunstone", "en", SERVICE, "stay-play-braunstone"),
    ("baby massage Belgrave", "en", SERVICE, "baby-massage-belgrave"),
    ("breastfeeding group Highfields", "en", SERVICE, "infant-feeding-highfields"),
    ("dads group", "en", SERVICE, "dads-braunstone"),
    ("speech therapy Beaumont Leys", "en", SERVICE, "speech-beaumont"),
    ("antenatal clases", "en", SERVICE, "antenatal-centre"),
    # Polish
    ("karmienie piersią", "pl", GUIDE, "breastfeeding-support"),
    ("karmienie piersia", "pl", GUIDE, "breastfeeding-support"),
    ("depresja poporodowa", "pl", GUIDE, "postnatal-depression"),
    ("szczepienia", "pl", GUIDE, "vaccinations"),
    ("bezpieczny sen", "pl", GUIDE, "safe-sleep"),
    ("szkoła rodzenia", "pl", SERVICE, "antenatal-centre"),
    ("grupa dla polskich rodziców", "pl", SERVICE, "polish-mums-highfields"),
    # Urdu
    ("دودھ پلانا", "ur", GUIDE, "breastfeeding-support"),
    ("یرقان", "ur", GUIDE, "jaundice"),
    ("ٹیکے", "ur", GUIDE, "vaccinations"),
    ("محفوظ نیند", "ur", GUIDE, "safe-sleep"),
    ("ذہنی صحت", "ur", SERVICE, "perinatal-mental-health"),
]
