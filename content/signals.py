"""Clear cached public pages whenever what parents see changes."""

from django.db.models.signals import post_delete
from wagtail.signals import page_published, page_unpublished, post_page_move

from hubsite.cache import bump_public_cache

page_published.connect(bump_public_cache, dispatch_uid="content-cache-published")
page_unpublished.connect(bump_public_cache, dispatch_uid="content-cache-unpublished")
post_page_move.connect(bump_public_cache, dispatch_uid="content-cache-moved")
post_delete.connect(
    lambda sender, **kw: bump_public_cache() if hasattr(sender, "url_path") else None,
    weak=False,
    dispatch_uid="content-cache-deleted",
)
