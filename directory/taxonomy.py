"""The service categories parents filter by, shared by the directory, guidance links and search.

Codes are stable identifiers (used in URLs, the ORUK taxonomy and the search index);
labels are interface strings translated in the gettext catalogs.
"""

from django.utils.translation import gettext_lazy as _

CATEGORIES = [
    ("infant-feeding", _("Infant feeding")),
    ("stay-and-play", _("Stay and play")),
    ("health-visiting-clinic", _("Health visiting clinic")),
    ("baby-massage", _("Baby massage")),
    ("parenting", _("Parenting support")),
    ("perinatal-mental-health", _("Perinatal mental health")),
    ("speech-and-language", _("Speech and language")),
    ("send", _("Special educational needs and disabilities (SEND)")),
    ("antenatal", _("Antenatal classes")),
    ("midwife-clinic", _("Midwife clinic")),
    ("family-support", _("Family support and advice")),
    ("dads-and-partners", _("Dads and partners")),
]

CATEGORY_LABELS = dict(CATEGORIES)
