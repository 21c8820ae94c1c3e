"""Reminder texts are content, translated per language; English is the fallback."""

from modeltranslation.translator import TranslationOptions, register

from .models import Reminder


@register(Reminder)
class ReminderTR(TranslationOptions):
    fields = ("name", "title", "body")
