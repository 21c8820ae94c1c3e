from django.db import migrations, models
import django.db.models.deletion


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name="SearchEntry",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("kind", models.CharField(max_length=10)),
                ("object_id", models.CharField(max_length=64)),
                ("title", models.CharField(help_text="English title, for sorting and reports.", max_length=300)),
                ("urls", models.JSONField(default=dict)),
                ("meta", models.JSONField(default=dict)),
                ("age_from_weeks", models.SmallIntegerField(null=True)),
                ("age_to_weeks", models.SmallIntegerField(null=True)),
                ("fingerprint", models.CharField(max_length=40)),
                ("indexed_at", models.DateTimeField(auto_now=True)),
            ],
            options={
                "indexes": [models.Index(fields=["kind", "title"], name="search_entry_kind_title")],
                "constraints": [models.UniqueConstraint(fields=("kind", "object_id"), name="search_entry_unique")],
            },
        ),
        migrations.CreateModel(
            name="SearchTerm",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("term", models.CharField(max_length=100, unique=True)),
                ("length", models.PositiveSmallIntegerField()),
                ("frequency", models.PositiveIntegerField(default=1)),
            ],
            options={
                "indexes": [models.Index(fields=["length", "term"], name="search_term_length")],
            },
        ),
        migrations.CreateModel(
            name="SearchText",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("lang", models.CharField(max_length=8)),
                ("title", models.TextField()),
                ("summary", models.TextField(blank=True)),
                ("body", models.TextField(blank=True)),
                ("keywords", models.TextField(blank=True)),
                ("config", models.CharField(default="simple", max_length=32)),
                (
                    "entry",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="texts", to="search.searchentry"
                    ),
                ),
            ],
            options={
                "indexes": [models.Index(fields=["lang"], name="search_text_lang")],
                "constraints": [models.UniqueConstraint(fields=("entry", "lang"), name="search_text_unique")],
            },
        ),
        migrations.CreateModel(
            name="SearchFacet",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("facet", models.CharField(max_length=20)),
                ("value", models.CharField(max_length=80)),
                (
                    "entry",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="facets", to="search.searchentry"
                    ),
                ),
            ],
            options={
                "indexes": [models.Index(fields=["facet", "value", "entry"], name="search_facet_lookup")],
                "constraints": [
                    models.UniqueConstraint(fields=("entry", "facet", "value"), name="search_facet_unique")
                ],
            },
        ),
        migrations.CreateModel(
            name="SearchLocation",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("position", models.PositiveSmallIntegerField(default=0, help_text="Index into meta['places'].")),
                ("latitude", models.FloatField()),
                ("longitude", models.FloatField()),
                (
                    "entry",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="locations", to="search.searchentry"
                    ),
                ),
            ],
            options={
                "indexes": [models.Index(fields=["latitude", "longitude"], name="search_location_latlon")],
            },
        ),
    ]
