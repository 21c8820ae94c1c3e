"""The comms team's groups, their permissions and the moderation workflow on guidance.

Idempotent: `manage.py setup_roles` (and `seed_demo`) can run any number of times.
"""

from importlib import import_module

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

COMMS_EDITORS = "Comms editors"
TRANSLATORS = "Translators"
WORKFLOW_NAME = "Guidance review"

EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
TRANSLATOR_PAGE_PERMISSIONS = ["change_page"]
EDITOR_MODEL_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
    ("content", "change_contactsettings"),
]
TRANSLATOR_MODEL_PERMISSIONS = [("wagtailadmin", "access_admin"), ("wagtailimages", "choose_image")]
# Other apps grant their own permissions to comms editors: "module.function(group)".
APP_GRANTS = [
    "directory.roles.grant_comms_editor_permissions",
    "reminders.roles.grant_comms_editor_permissions",
]


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _grant_page_permissions(group, root, codenames):
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group, page=root, permission=_permission("wagtailcore", codename)
        )


def _run_app_grants(group):
    for dotted in APP_GRANTS:
        module_name, func_name = dotted.rsplit(".", 1)
        try:
            module = import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name != module_name:
                raise
            continue
        getattr(module, func_name)(group)


@transaction.atomic
def setup_roles(root=None):
    """Create or update both groups and the workflow on `root` (default: the site's home page)."""
    if root is None:
        from content.models import HomePage

        root = HomePage.objects.first() or Page.get_first_root_node()

    editors, _ = Group.objects.get_or_create(name=COMMS_EDITORS)
    translators, _ = Group.objects.get_or_create(name=TRANSLATORS)
    _grant_page_permissions(editors, root, EDITOR_PAGE_PERMISSIONS)
    _grant_page_permissions(translators, root, TRANSLATOR_PAGE_PERMISSIONS)
    editors.permissions.add(*(_permission(a, c) for a, c in EDITOR_MODEL_PERMISSIONS))
    translators.permissions.add(*(_permission(a, c) for a, c in TRANSLATOR_MODEL_PERMISSIONS))
    _run_app_grants(editors)

    task = GroupApprovalTask.objects.filter(name="Comms editor approval").first()
    if task is None:
        task = GroupApprovalTask.objects.create(name="Comms editor approval")
    task.groups.set([editors])
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    return editors, translators
