"""Hypothesis settings and hostile values shared by the security tests.

Every property test here uses `SECURITY` (derandomized, so a run is the same
every time, and modest example counts so the whole folder stays quick).
"""

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

settings.register_profile(
    "security",
    derandomize=True,
    deadline=None,
    max_examples=60,
    database=None,
    print_blob=True,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
    ],
)
SECURITY = settings.get_profile("security")

# Payloads a hostile visitor or a careless import might put anywhere text goes.
XSS_PAYLOADS = [
    '<script>alert("x")</script>',
    '"><img src=x onerror=alert(1)>',
    "</script><script>alert(1)</script>",
    "<svg/onload=alert(1)>",
    "javascript:alert(1)",
    "'-alert(1)-'",
    "`${alert(1)}`",
    "<!--<script>",
    "\u2028\u2029</style><style>*{}",
]
ODD_TEXT = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "%00",
    "' OR 1=1 --",
    "\\",
    "../../etc/passwd",
    "LE1 6ZG",
    "le1",
    "LE99 9ZZ",
    "SW1A 1AA",
    "x" * 5000,
    "٣٤٥",
    "👶🏽",
    "\u202eevil",
    "NaN",
    "inf",
    "-1",
    "0",
    "9" * 40,
    "1e309",
    "2026-02-30",
    "0000-00-00",
    "9999-12-31",
    "-0001-01-01",
]
# Text as a browser could send it in a query string or a form: any code point but
# lone surrogates (which cannot be UTF-8 encoded at all).
any_text = st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=300)
hostile_text = st.one_of(st.sampled_from(XSS_PAYLOADS + ODD_TEXT), any_text)
maybe_text = st.one_of(st.none(), hostile_text)

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | hostile_text,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(hostile_text, children, max_size=4)
    ),
    max_leaves=12,
)


def query(**fields):
    """A strategy for a query-string dict: each named field absent, or hostile text."""
    return st.fixed_dictionaries({}, optional={name: strategy for name, strategy in fields.items()})
