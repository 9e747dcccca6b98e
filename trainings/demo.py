"""Demo builders: reference data, plans and training sessions, from `demo_data/`."""

import random
import zlib
from decimal import Decimal
from pathlib import Path

from siteconf.ascii import slug_ascii

from . import demo_people
from .demo_data import plans as plan_data
from .demo_names import names
from .models import (
    Agency,
    CertificateTemplate,
    EventType,
    Indicator,
    IndicatorDenominator,
    IndicatorTarget,
    Module,
    Participation,
    Plan,
    PlannedTraining,
    PlanNode,
    Profession,
    Region,
    SeriesAttendance,
    Trainee,
    TrainingSession,
)
from .names import name_key

# Reference lists as an office would import them (`import_reference KIND FILE`),
# in the order the kinds name each other (modules name their SOP). Sources: README.md
# beside them.
REFERENCE_DATA = Path(__file__).resolve().parent / "data"
REFERENCE_FILES = (
    "agencies",
    "event_types",
    "professions",
    "regions",
    "sops",
    "modules",
)


def build_reference() -> None:
    """Agencies, event types, professions, regions, SOPs and modules, keyed by code,
    from the files in `data/` through the Resources `import_reference` runs."""
    from siteconf.import_kinds import REFERENCE_KINDS

    for kind in REFERENCE_FILES:
        path = REFERENCE_DATA / f"{kind}.csv"
        resource = REFERENCE_KINDS[kind].resource()
        result = resource.import_file(path.read_bytes(), filename=path.name)
        if not result.ok:
            raise ValueError(result.errors.report())


def build_plans() -> None:
    """Every plan in `demo_data.plans`, with its tree, institutions and indicators."""
    agencies = {a.code: a for a in Agency.objects.all()}
    professions = {p.code: p for p in Profession.objects.all()}
    for plan_row in plan_data.PLANS:
        plan, _ = Plan.objects.update_or_create(
            code=plan_row["code"],
            defaults={k: plan_row[k] for k in ("country", "start_year", "end_year")}
            | {"currency": plan_row.get("currency") or "EUR"}
            | _plan_names(plan_row),
        )
        nodes: dict[str, PlanNode] = {}
        for position, row in enumerate(plan_row["nodes"]):
            node, _ = PlanNode.objects.update_or_create(
                plan=plan,
                code=row["code"],
                defaults={
                    **names(
                        "nodes.csv",
                        (plan.code, row["code"]),
                        "title",
                        english=row["title"],
                    ),
                    "level": row["level"],
                    "parent": nodes.get(row.get("parent")),
                    "start_year": row.get("start_year"),
                    "end_year": row.get("end_year"),
                    "timeframe": row.get("timeframe") or "",
                    "budget": _decimal(row.get("budget")),
                    "position": position,
                },
            )
            node.lead_agencies.set(agencies[c] for c in row.get("lead", []))
            node.contributing_agencies.set(
                agencies[c] for c in row.get("contributing", [])
            )
            nodes[row["code"]] = node
            for ind_position, ind in enumerate(row.get("indicators", [])):
                _build_indicator(node, ind, ind_position, professions)
    _kosovo_training_goal()
    _learning_indicators()
    _percent_indicator()


def _plan_names(row: dict) -> dict:
    key = (row["code"],)
    return names("plans.csv", key, "title", english=row["title"]) | names(
        "plans.csv", key, "level_names", english=row["level_names"]
    )


def _kosovo_training_goal() -> None:
    """KS Strategic Goal 6.1 "Training of the Police, Prosecutors and Judges".

    The plan gives activity-level indicators only; the office follows the
    objective as a whole: unique people trained under any 6.1.x activity.
    """
    node = PlanNode.objects.filter(
        plan__code="XK-NSAP-2011-2014", code="INV-6.1"
    ).first()
    if node is None:
        return
    Indicator.objects.update_or_create(
        node=node,
        code="INV-6.1",
        defaults={
            **_indicator_names(
                node,
                {
                    "code": "INV-6.1",
                    "name": "People trained under objective 6.1 (police, "
                    "prosecutors, judges), each person once",
                    "unit": "people",
                },
            ),
            "source": Indicator.Source.TRAINING_UNIQUE_PEOPLE,
            "counting": Indicator.Counting.CUMULATIVE,
            "breakdowns": ["profession", "gender"],
        },
    )


# Learning results (issue 13): the 2014-2017 strategy asks for "the number and
# percentage of those who are familiar with the SOPs" (PROT-1.(b).1); the office
# follows the same figure for the AL NAP's objective 2.2 "Increase
# professionalism", whose trainings record pre- and post-test scores.
LEARNING_INDICATORS = (
    (
        "AL-STRAT-2014-2017",
        "PROT-1.(b).1",
        {
            "code": "PROT-1.(b).1-b",
            "name": "Percentage of those trained who are familiar with the SOPs "
            "(post-test score at or above the pass mark)",
            "unit": "%",
        },
    ),
    (
        "AL-NAP-2021-2023",
        "2.2",
        {
            "code": "2.2-L",
            "name": "Share of trained professionals who pass the post-test",
            "unit": "%",
        },
    ),
)


def _learning_indicators() -> None:
    for plan, code, row in LEARNING_INDICATORS:
        node = PlanNode.objects.filter(plan__code=plan, code=code).first()
        if node is None:
            continue
        Indicator.objects.update_or_create(
            node=node,
            code=row["code"],
            defaults={
                **_indicator_names(node, row),
                "source": Indicator.Source.LEARNING_PASS_SHARE,
                "breakdowns": ["profession"],
                "position": 90,
            },
        )


def _percent_indicator() -> None:
    """AL strategy PREV-1.(d).1, "Target: At least 50% of health staff trained":
    unique health workers trained as a share of the health staff. The strategy
    gives no staff numbers; the demo's are illustrative and say so."""
    indicator = Indicator.objects.filter(
        node__plan__code="AL-STRAT-2014-2017", code="PREV-1.(d).1"
    ).first()
    if indicator is None:
        return
    indicator.source = Indicator.Source.TRAINING_UNIQUE_PEOPLE
    indicator.denominator_label = "staf shëndetësor dhe mjekë familje"
    indicator.denominator_label_en = "health staff and family doctors"
    indicator.denominator_label_sr = "здравствено особље и породични лекари"
    indicator.save()
    indicator.professions.set(Profession.objects.filter(code="HEALTH_WORKER"))
    for year in (2015, 2016, 2017):
        IndicatorTarget.objects.update_or_create(
            indicator=indicator, year=year, period="", defaults={"value": 50}
        )
        IndicatorDenominator.objects.update_or_create(
            indicator=indicator,
            year=year,
            defaults={"value": 2000, "source": "Demo figure, not an official count"},
        )


def _build_indicator(node, row, position, professions) -> None:
    indicator, _ = Indicator.objects.update_or_create(
        node=node,
        code=row["code"],
        defaults={
            **_indicator_names(node, row),
            "baseline": _decimal(row.get("baseline")),
            "baseline_year": row.get("baseline_year"),
            "counting": row.get("counting") or Indicator.Counting.PER_PERIOD,
            "direction": row.get("direction") or Indicator.Direction.INCREASE,
            "source": row.get("source") or Indicator.Source.MANUAL,
            "breakdowns": row.get("breakdowns", []),
            "position": position,
        },
    )
    indicator.professions.set(professions[c] for c in row.get("professions", []))
    notes = row.get("target_notes", {})
    for year in sorted(set(row.get("targets", {})) | set(notes)):
        IndicatorTarget.objects.update_or_create(
            indicator=indicator,
            year=int(year),
            defaults={
                "value": _decimal(row.get("targets", {}).get(year)),
                **names(
                    "target_notes.csv",
                    (node.plan.code, row["code"], year),
                    "note",
                    english=notes.get(year, ""),
                ),
            },
        )


def _indicator_names(node, row: dict) -> dict:
    key = (node.plan.code, row["code"])
    return names("indicators.csv", key, "name", english=row["name"]) | names(
        "indicators.csv", key, "unit", english=row.get("unit") or ""
    )


def _decimal(value) -> Decimal | None:
    return None if value is None else Decimal(str(value))


# Sessions --------------------------------------------------------------------

# Where people of a profession work, by country (the organiser otherwise).
PROFESSION_AGENCY = {
    "AL": {
        "POLICE_PATROL": "GDSP",
        "POLICE_EAGLE": "GDSP",
        "POLICE_OTHER": "GDSP",
        "POLICE_OFFICER": "GDSP",
        "POLICE_INVESTIGATOR": "GDSP",
        "HOTLINE_OPERATOR": "GDSP",
        "PROSECUTOR": "PP",
        "JUDGE": "SCC",
        "MAGISTRATE_TRAINEE": "SHM",
        "LAWYER": "NCHL",
        "TEACHER": "MES",
        "SCHOOL_PRINCIPAL": "MES",
        "JOURNALIST_VISUAL": "MEDIA_TV",
        "RATC_MEMBER": "RATC",
        "TECH_TABLE_MEMBER": "TT",
    },
    "XK": {
        "POLICE_OFFICER": "KP",
        "POLICE_INVESTIGATOR": "KP",
        "PROSECUTOR": "KPC",
        "JUDGE": "KJC",
        "TEACHER": "MEST",
        "SCHOOL_PRINCIPAL": "MEST",
        "TRAINER": "KJI",
    },
}
# Sessions the second demo trainer runs; "trainer" gets the rest.
TRAINER2_ORGANISERS = {"SHM", "KJI"}


# The demo office's certificate wording (admin → Settings → Certificate template).
CERTIFICATE_TEMPLATE = {
    "signatory_1_name": "Arta Dervishi",
    "signatory_1_role": "Koordinatore Kombëtare kundër Trafikimit",
    "signatory_1_role_en": "National Anti-Trafficking Coordinator",
    "signatory_1_role_sr": "Национална координаторка за борбу против трговине људима",
    "closing": "Trajnim i zhvilluar në kuadër të Planit Kombëtar të Veprimit 2021–2023.",
    "closing_en": "Training held under the National Action Plan 2021–2023.",
    "closing_sr": "Обука одржана у оквиру Националног акционог плана 2021–2023.",
}


def build_certificate_template() -> None:
    """Fill the office's certificate template where it is still empty (idempotent:
    what an administrator typed stays)."""
    template = CertificateTemplate.load()
    for field, value in CERTIFICATE_TEMPLATE.items():
        if not getattr(template, field):
            setattr(template, field, value)
    template.save()


def build_sessions() -> None:
    """The demo sessions of `demo_data.trainings`, with their people; idempotent.

    Named trainees come from a seeded generator, and some people attend several
    sessions (written once in capitals, as on a sign-in sheet), so "unique
    people trained" is smaller than the participation total, as in real data.
    """
    from django.contrib.auth import get_user_model

    from .demo_data import trainings as training_data

    rng = random.Random(42)
    agencies = {a.code: a for a in Agency.objects.all()}
    users = {
        u.username: u
        for u in get_user_model().objects.filter(username__in=["trainer", "trainer2"])
    }
    pools: dict[tuple, list] = {}
    for row in training_data.SESSIONS:
        session = _session_upsert(row, agencies)
        trainer = users.get(
            "trainer2" if row["organiser"] in TRAINER2_ORGANISERS else "trainer"
        )
        if trainer:
            session.trainers.add(trainer)
        country = "XK" if row["ref"].startswith("XK") else "AL"
        taken: set[str] = set()  # in memory, so a re-run draws the same people
        for code, count in row["participants"].items():
            agency_code = PROFESSION_AGENCY[country].get(code, row["organiser"])
            agency = agencies.get(agency_code)
            profession = Profession.objects.get(code=code)
            if not row["named"]:
                _headcount_participations(session, profession, agency, count, rng)
                continue
            pool = pools.setdefault((country, code), [])
            for _ in range(count):
                full_name, gender = _person_pick(pool, taken, row, rng)
                _named_participation(
                    session, profession, agency, full_name, gender, rng
                )
    build_report_2014()
    build_training_plan()


def build_training_plan() -> None:
    """The 2022 training plan's lines (demo_data.training_plan), by ref."""
    from .demo_data.training_plan import TRAINING_PLAN

    for row in TRAINING_PLAN:
        codes = {"profession": Profession, "module": Module, "region": Region}
        related = {
            field: model.objects.filter(code=row[field]).first()
            for field, model in codes.items()
            if field in row
        }
        values = {k: v for k, v in row.items() if k not in codes and k != "ref"}
        PlannedTraining.objects.update_or_create(
            ref=row["ref"], defaults=values | related
        )


def build_report_2014() -> None:
    """The 2014 report's records as it states them (demo_data.trainings.REPORT_2014):
    a series counted once, a record of five seminars, "around" and "more than"."""
    from .demo_data.trainings import REPORT_2014, REPORT_2014_SERIES

    agencies = {a.code: a for a in Agency.objects.all()}
    professions = {p.code: p for p in Profession.objects.all()}
    for row in REPORT_2014:
        session = _session_upsert(row, agencies)
        if "headcount" in row:
            code, count, qualifier = row["headcount"]
            Participation.objects.update_or_create(
                session=session,
                trainee=None,
                profession=professions[code],
                agency=None,
                gender="",
                defaults={"count": count, "qualifier": qualifier},
            )
    for series, (code, count, qualifier) in REPORT_2014_SERIES.items():
        SeriesAttendance.objects.update_or_create(
            series=series,
            profession=professions[code],
            agency=None,
            gender="",
            defaults={"count": count, "qualifier": qualifier},
        )


def _session_upsert(row: dict, agencies: dict) -> TrainingSession:
    from .demo_data.trainings import EVENT_TYPES

    session, _ = TrainingSession.objects.update_or_create(
        ref=row["ref"],
        defaults={
            "title": row["title"],
            "event_type": EventType.objects.get(
                code=row.get("event_type") or EVENT_TYPES.get(row["ref"], "TRAINING")
            ),
            "start_date": row["start_date"],
            "end_date": row["end_date"],
            "venue": row.get("venue") or "",
            "language": row.get("language") or "sq",
            "organiser": agencies.get(row["organiser"]),
            "region": Region.objects.filter(code=row.get("region")).first(),
            "series": row.get("series", ""),
            "sessions_count": row.get("sessions_count", 1),
        },
    )
    session.funders.set(agencies[c] for c in row.get("funders", []) if c in agencies)
    session.modules.set(Module.objects.filter(code__in=row.get("modules", [])))
    session.measures.set(
        PlanNode.objects.get(plan__code=plan, code=code)
        for plan, code in (m.split(":", 1) for m in row.get("measures", []))
    )
    return session


def _person_pick(pool: list, taken: set, row: dict, rng) -> tuple[str, str]:
    """A repeat attendee from the pool (not yet in this session) or a new person."""
    repeat = [person for person in pool if name_key(person[0]) not in taken]
    if repeat and rng.random() < 0.3:
        full_name, gender = rng.choice(repeat)
        if rng.random() < 0.5:
            full_name = full_name.upper()  # same person, sheet written in capitals
    else:
        full_name, gender = _new_name(rng, serbian=row.get("language") == "sr")
        while name_key(full_name) in taken:
            full_name, gender = _new_name(rng, serbian=row.get("language") == "sr")
        pool.append((full_name, gender))
    taken.add(name_key(full_name))
    return full_name, gender


def _named_participation(session, profession, agency, full_name, gender, rng) -> None:
    trainee = Trainee.objects.filter(
        name_key=name_key(full_name), agency=agency
    ).first()
    if trainee is None:
        trainee = Trainee.objects.create(
            full_name=full_name,
            gender=gender,
            profession=profession,
            agency=agency,
            email=_demo_email(full_name),
        )
    pre = rng.randint(35, 70)
    Participation.objects.update_or_create(
        session=session,
        trainee=trainee,
        defaults={"pre_score": pre, "post_score": min(100, pre + rng.randint(8, 30))},
    )


def _demo_email(full_name: str) -> str:
    """Four in five people left an address on the sheet ("besa.hoxha@example.org",
    a domain that never delivers). Decided by the name, not `rng`, so the demo's
    other values (and the figures tests expect) stay as they were."""
    key = name_key(full_name)
    if zlib.crc32(key.encode()) % 5 == 0:
        return ""
    return f"{slug_ascii(full_name).replace('-', '.')}@example.org"


def _new_name(rng, *, serbian: bool) -> tuple[str, str]:
    names = demo_people.SERBIAN if serbian else demo_people.ALBANIAN
    gender = rng.choice("FM")
    return f"{rng.choice(names[gender])} {rng.choice(names['surnames'])}", gender


def _headcount_participations(session, profession, agency, count, rng) -> None:
    """Head-count rows split by gender, keyed so a re-run updates them."""
    women = rng.randint(count // 3, count)
    for gender, n in (("F", women), ("M", count - women)):
        if n:
            Participation.objects.update_or_create(
                session=session,
                trainee=None,
                profession=profession,
                agency=agency,
                gender=gender,
                defaults={"count": n},
            )
