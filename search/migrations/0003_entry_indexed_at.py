from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("search", "0002_fulltext")]

    operations = [
        migrations.AddIndex(
            model_name="searchentry",
            index=models.Index(fields=["indexed_at"], name="search_entry_indexed_at"),
        ),
    ]
