from django.db import migrations


def load(apps, schema_editor):
    from directory.reference import ensure_reference_data

    ensure_reference_data(apps)


class Migration(migrations.Migration):
    dependencies = [("directory", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
