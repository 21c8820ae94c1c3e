"""StreamField blocks for guide articles."""

from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from directory.taxonomy import CATEGORIES

PARAGRAPH_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class PhoneNumberBlock(blocks.StructBlock):
    label = blocks.CharBlock(max_length=80, help_text="For example: Emergency, NHS 111")
    number = blocks.CharBlock(
        max_length=30, help_text="Digits and spaces, for example 0116 454 3222"
    )

    class Meta:
        icon = "mail"


class UrgentHelpBlock(blocks.StructBlock):
    """A "get help now" box with numbers to call."""

    title = blocks.CharBlock(max_length=120, default="Get help now")
    text = blocks.RichTextBlock(features=PARAGRAPH_FEATURES)
    numbers = blocks.ListBlock(PhoneNumberBlock(), min_num=1)

    class Meta:
        icon = "warning"
        template = "content/blocks/urgent_help.html"


class TipBlock(blocks.StructBlock):
    text = blocks.RichTextBlock(features=PARAGRAPH_FEATURES)

    class Meta:
        icon = "tip"
        template = "content/blocks/tip.html"


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120)
    items = blocks.ListBlock(blocks.CharBlock(max_length=200), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "content/blocks/checklist.html"


class ImageWithAltBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        max_length=250,
        required=True,
        help_text="Describe the picture for someone who cannot see it.",
    )
    caption = blocks.CharBlock(max_length=250, required=False)

    def clean(self, value):
        value = super().clean(value)
        if not (value.get("alt_text") or "").strip():
            raise ValidationError("Every image needs alt text.")
        return value

    class Meta:
        icon = "image"
        template = "content/blocks/image.html"


class DetailsBlock(blocks.StructBlock):
    """A question with its answer behind a <details> disclosure."""

    question = blocks.CharBlock(max_length=200)
    answer = blocks.RichTextBlock(features=PARAGRAPH_FEATURES)

    class Meta:
        icon = "help"
        template = "content/blocks/details.html"


class DirectoryLinkBlock(blocks.StructBlock):
    category = blocks.ChoiceBlock(choices=CATEGORIES)
    text = blocks.CharBlock(max_length=120, help_text="For example: Find a baby feeding group")

    class Meta:
        icon = "site"
        template = "content/blocks/directory_link.html"


class GuideBodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(
        max_length=120, form_classname="title", template="content/blocks/heading.html"
    )
    paragraph = blocks.RichTextBlock(features=PARAGRAPH_FEATURES)
    urgent_help = UrgentHelpBlock()
    tip = TipBlock()
    checklist = ChecklistBlock()
    image = ImageWithAltBlock()
    details = DetailsBlock()
    directory_link = DirectoryLinkBlock()
