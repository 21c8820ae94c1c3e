"""The send run as a django-tasks task, for a worker that enqueues it periodically."""

from django_tasks import task

from .sending import send_due_reminders


@task()
def send_due_reminders_task():
    """Returns the run's counts (no dates, endpoints or keys)."""
    return send_due_reminders().as_dict()
