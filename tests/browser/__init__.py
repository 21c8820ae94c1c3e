"""Browser checks (Chromium via Playwright): see conftest.py."""
