"""Demo training sessions.

Plain Python data (no Django imports), loaded by the ``seed_demo`` command.

Realistic demo sessions grounded in the training measures of the plans (not records
of real events): AL NAP 2021-2023 1.1.3, 1.1.4, 1.1.5, 2.2.1-2.2.5, 3.1.2, 3.1.8,
3.1.9, 3.1.10, 3.1.13, 3.2.4 and Kosovo NSAP 2011-2014 INV-6.1.1, INV-6.1.2,
INV-6.1.7, CHILD-1.2.3, PREV-3.2.2 (see section 2 of
``shared/domain/nap-2021-2023-and-kosovo-digest.md``). Several sessions reproduce the
digest's acceptance scenarios (AL-2022-014, AL-2022-019, AL-2022-023, AL-2022-031,
XK-2012-004). Kosovo sessions are dated 2012-2014 so that they fall inside the
2011-2014 plan period.

``participants`` maps a profession code (``trainings/data/professions.csv``) to a number of
people. ``named`` True: generate named trainees; False: head-count rows only.
"""

SESSIONS = [
    {
        "ref": "AL-2021-003",
        "title": (
            "Training of trainers: identification, investigation and collection of "
            "information on trafficking; cross-sectoral cooperation"
        ),
        "start_date": "2021-03-16",
        "end_date": "2021-03-17",
        "organiser": "SEC_ACADEMY",
        "funders": ["IOM"],
        "region": "AL-11-TIRANE",
        "venue": "Security Academy, Tirana",
        "modules": ["ID-REF", "PROACTIVE-INV"],
        "measures": ["AL-NAP-2021-2023:1.1.5"],
        "language": "sq",
        "participants": {"POLICE_PATROL": 12, "POLICE_EAGLE": 6, "POLICE_OTHER": 4},
        "named": True,
    },
    {
        "ref": "AL-2021-011",
        "title": (
            "Evidence of harm suffered by victims and financial gain from exploitation"
        ),
        "start_date": "2021-05-20",
        "end_date": "2021-05-20",
        "organiser": "SHM",
        "funders": ["IOM"],
        "region": "AL-11-TIRANE",
        "venue": "School of Magistrates, Tirana",
        "modules": ["HARM-COMP", "FIN-INV"],
        "measures": ["AL-NAP-2021-2023:2.2.3"],
        "language": "sq",
        "participants": {"PROSECUTOR": 9, "JUDGE": 7},
        "named": True,
    },
    {
        "ref": "AL-2021-017",
        "title": "The role of the media in preventing trafficking in persons",
        "start_date": "2021-06-24",
        "end_date": "2021-06-24",
        "organiser": "AMA",
        "funders": ["UNICEF"],
        "region": "AL-02-DURRES",
        "venue": "",
        "modules": ["MEDIA-ROLE"],
        "measures": ["AL-NAP-2021-2023:3.1.9"],
        "language": "sq",
        "participants": {"JOURNALIST_VISUAL": 6, "JOURNALIST_PRINT": 5},
        "named": True,
    },
    {
        "ref": "AL-2021-024",
        "title": (
            "Training of members of the Regional Anti-Trafficking Committee and "
            "technical tables, Kukës"
        ),
        "start_date": "2021-09-29",
        "end_date": "2021-09-29",
        "organiser": "ONAC",
        "funders": ["IOM"],
        "region": "AL-07-KUKES",
        "venue": "Kukës prefecture meeting hall",
        "modules": ["ID-REF", "ID-CHILD"],
        "measures": ["AL-NAP-2021-2023:3.1.8"],
        "language": "sq",
        "participants": {"RATC_MEMBER": 9, "TECH_TABLE_MEMBER": 8, "LOCAL_AT_ACTOR": 5},
        "named": False,
    },
    {
        "ref": "AL-2022-005",
        "title": (
            "Hotline 116-006 operators: ethical communication, referral and personal "
            "data protection"
        ),
        "start_date": "2022-03-09",
        "end_date": "2022-03-10",
        "organiser": "GDSP",
        "funders": ["IOM"],
        "region": "AL-11-TIRANE",
        "venue": "",
        "modules": ["HOTLINE-ETHICS", "ID-REF"],
        "measures": ["AL-NAP-2021-2023:3.1.2"],
        "language": "sq",
        "participants": {"HOTLINE_OPERATOR": 4},
        "named": True,
    },
    {
        "ref": "AL-2022-009",
        "title": "Lawyers protecting VT/PVT and supporting compensation claims",
        "start_date": "2022-04-07",
        "end_date": "2022-04-08",
        "organiser": "NCHL",
        "funders": ["OSCE_PIA"],
        "region": "AL-11-TIRANE",
        "venue": "",
        "modules": ["LEGAL-AID", "HARM-COMP", "VICTIM-CENTRED"],
        "measures": ["AL-NAP-2021-2023:2.2.1", "AL-NAP-2021-2023:2.2.4"],
        "language": "sq",
        "participants": {"LAWYER": 18},
        "named": True,
    },
    {
        "ref": "AL-2022-014",
        "title": "Freezing of assets and support for victims' compensation claims",
        "start_date": "2022-05-12",
        "end_date": "2022-05-13",
        "organiser": "SHM",
        "funders": ["OSCE_PIA"],
        "region": "AL-11-TIRANE",
        "venue": "School of Magistrates, Tirana",
        "modules": ["HARM-COMP", "FIN-INV"],
        "measures": ["AL-NAP-2021-2023:2.2.3"],
        "language": "sq",
        "participants": {"PROSECUTOR": 12, "JUDGE": 9},
        "named": True,
    },
    {
        "ref": "AL-2022-019",
        "title": (
            "Identification, interviewing and referral of VT/PVT and the SOP for "
            "labour inspectors, mental health workers and consular staff"
        ),
        "start_date": "2022-06-02",
        "end_date": "2022-06-02",
        "organiser": "ISHPSH",
        "funders": ["OSCE_PIA"],
        "region": "AL-11-TIRANE",
        "venue": "",
        "modules": ["ID-REF", "INTERVIEW-VICTIM", "LABOUR-EXPL"],
        "measures": ["AL-NAP-2021-2023:2.2.5"],
        "language": "sq",
        "participants": {
            "LABOUR_INSPECTOR": 10,
            "MENTAL_HEALTH_WORKER": 5,
            "CONSULAR_STAFF": 4,
        },
        "named": True,
    },
    {
        "ref": "AL-2022-023",
        "title": (
            "Presenting trafficking cases in the media and the right to privacy of "
            "VT/PVT, especially minors"
        ),
        "start_date": "2022-09-15",
        "end_date": "2022-09-15",
        "organiser": "AMA",
        "funders": ["UNICEF"],
        "region": "AL-11-TIRANE",
        "venue": "",
        "modules": ["MEDIA-PRIVACY"],
        "measures": ["AL-NAP-2021-2023:3.1.9", "AL-NAP-2021-2023:3.1.10"],
        "language": "sq",
        "participants": {"JOURNALIST_VISUAL": 8, "JOURNALIST_PRINT": 7},
        "named": True,
    },
    {
        "ref": "AL-2022-027",
        "title": (
            "Presentation of the NAP 2021-2023 to regional and local actors, Durrës"
        ),
        "start_date": "2022-10-06",
        "end_date": "2022-10-06",
        "organiser": "ONAC",
        "funders": ["IOM"],
        "region": "AL-02-DURRES",
        "venue": "",
        "modules": ["NAP-PRESENT"],
        "measures": ["AL-NAP-2021-2023:3.2.4"],
        "language": "sq",
        "participants": {
            "MUNICIPAL_OFFICIAL": 22,
            "CENTRAL_OFFICIAL": 6,
            "SOCIAL_WORKER": 8,
            "POLICE_OFFICER": 5,
            "NGO_STAFF": 7,
        },
        "named": False,
    },
    {
        "ref": "AL-2022-031",
        "title": "The SOP in schools: identifying children and young people VT/PVT",
        "start_date": "2022-11-17",
        "end_date": "2022-11-17",
        "organiser": "AQAPUE",
        "funders": ["UNICEF"],
        "region": "AL-10-SHKODER",
        "venue": "",
        "modules": ["SCHOOL-SOP", "ID-CHILD"],
        "measures": ["AL-NAP-2021-2023:3.1.13"],
        "language": "sq",
        "participants": {
            "TEACHER": 18,
            "SCHOOL_PRINCIPAL": 2,
            "SCHOOL_PSYCHOLOGIST": 1,
            "SCHOOL_SOCIAL_WORKER": 1,
            "SCHOOL_SUPPORT_STAFF": 3,
        },
        "named": False,
    },
    {
        "ref": "AL-2023-004",
        "title": "Hotline 116-006 operators: refresher on referral and data protection",
        "start_date": "2023-02-08",
        "end_date": "2023-02-08",
        "organiser": "GDSP",
        "funders": ["IOM"],
        "region": "AL-11-TIRANE",
        "venue": "",
        "modules": ["HOTLINE-ETHICS"],
        "measures": ["AL-NAP-2021-2023:3.1.2"],
        "language": "sq",
        "participants": {"HOTLINE_OPERATOR": 4},
        "named": True,
    },
    {
        "ref": "AL-2023-008",
        "title": (
            "Identifying VT/PVT among asylum seekers, migrants and unaccompanied "
            "children"
        ),
        "start_date": "2023-03-21",
        "end_date": "2023-03-22",
        "organiser": "DKM",
        "funders": ["IOM"],
        "region": "AL-05-GJIROKASTER",
        "venue": "",
        "modules": ["ID-MIGRANTS", "INTERVIEW-CHILD"],
        "measures": ["AL-NAP-2021-2023:1.1.4"],
        "language": "sq",
        "participants": {
            "POLICE_BORDER": 14,
            "CUSTOMS_OFFICER": 5,
            "ASYLUM_OFFICER": 3,
            "RECEPTION_STAFF": 4,
            "HEALTH_WORKER": 2,
        },
        "named": False,
    },
    {
        "ref": "AL-2023-013",
        "title": "Interdisciplinary training on early identification of child VT/PVT",
        "start_date": "2023-04-26",
        "end_date": "2023-04-27",
        "organiser": "SACRP",
        "funders": ["UNICEF"],
        "region": "AL-06-KORCE",
        "venue": "",
        "modules": ["ID-CHILD", "INTERVIEW-CHILD"],
        "measures": ["AL-NAP-2021-2023:2.2.2"],
        "language": "sq",
        "participants": {
            "CHILD_PROTECTION_WORKER": 8,
            "SOCIAL_WORKER": 6,
            "SCHOOL_PSYCHOLOGIST": 4,
            "HEALTH_WORKER": 3,
        },
        "named": False,
    },
    {
        "ref": "AL-2023-020",
        "title": (
            "Proactive and financial investigation of trafficking offences and the "
            "case law of the ECtHR"
        ),
        "start_date": "2023-06-14",
        "end_date": "2023-06-15",
        "organiser": "SHM",
        "funders": ["OSCE_PIA"],
        "region": "AL-11-TIRANE",
        "venue": "School of Magistrates, Tirana",
        "modules": ["PROACTIVE-INV", "FIN-INV", "ECHR-CEPEJ"],
        "measures": ["AL-NAP-2021-2023:1.1.3"],
        "language": "sq",
        "participants": {"JUDGE": 10, "PROSECUTOR": 12, "MAGISTRATE_TRAINEE": 8},
        "named": True,
    },
    {
        "ref": "XK-2012-004",
        "title": (
            "Joint training of Police, Prosecutors and Judges on investigation "
            "procedures in cases of trafficking in human beings"
        ),
        "start_date": "2012-04-17",
        "end_date": "2012-04-18",
        "organiser": "KJI",
        "funders": ["ICITAP"],
        "region": "XK-PR-PRISHTINE",
        "venue": "Kosovo Judicial Institute, Prishtinë",
        "modules": ["JOINT-INV", "PROACTIVE-INV"],
        "measures": ["XK-NSAP-2011-2014:INV-6.1.1"],
        "language": "sq",
        "participants": {"POLICE_INVESTIGATOR": 10, "PROSECUTOR": 6, "JUDGE": 5},
        "named": True,
    },
    {
        "ref": "XK-2012-009",
        # Held in Serbian, so titled in Serbian (Cyrillic, like the UI).
        "title": (
            "Сесија обуке о дечјој порнографији и измењеном члану 202. "
            "Кривичног законика"
        ),
        "start_date": "2012-11-06",
        "end_date": "2012-11-06",
        "organiser": "KJI",
        "funders": ["TDH"],
        "region": "XK-MI-MITROVICE_N",
        "venue": "",
        "modules": ["CHILD-PORN-202", "INTERVIEW-CHILD"],
        "measures": ["XK-NSAP-2011-2014:CHILD-1.2.3"],
        "language": "sr",
        "participants": {"POLICE_OFFICER": 8, "PROSECUTOR": 6, "JUDGE": 4},
        "named": True,
    },
    {
        "ref": "XK-2013-006",
        "title": (
            "Joint training of Police, Prosecutors and Judges on confiscation of assets"
        ),
        "start_date": "2013-05-21",
        "end_date": "2013-05-22",
        "organiser": "KJI",
        "funders": ["ICITAP"],
        "region": "XK-PR-PRISHTINE",
        "venue": "Kosovo Judicial Institute, Prishtinë",
        "modules": ["FIN-INV"],
        "measures": ["XK-NSAP-2011-2014:INV-6.1.2"],
        "language": "sq",
        "participants": {"POLICE_INVESTIGATOR": 8, "PROSECUTOR": 7, "JUDGE": 5},
        "named": True,
    },
    {
        "ref": "XK-2013-015",
        "title": "Anti-trafficking training for newly hired judges and prosecutors",
        "start_date": "2013-10-08",
        "end_date": "2013-10-10",
        "organiser": "KJI",
        "funders": ["WSSI"],
        "region": "XK-PR-PRISHTINE",
        "venue": "Kosovo Judicial Institute, Prishtinë",
        "modules": ["JOINT-INV", "VICTIM-CENTRED"],
        "measures": ["XK-NSAP-2011-2014:INV-6.1.7"],
        "language": "sq",
        "participants": {"JUDGE": 9, "PROSECUTOR": 8, "TRAINER": 2},
        "named": True,
    },
    {
        "ref": "XK-2014-003",
        "title": "Trafficking prevention for teachers and school management",
        "start_date": "2014-03-12",
        "end_date": "2014-03-12",
        "organiser": "MEST",
        "funders": ["ON"],
        "region": "XK-PZ-PRIZREN",
        "venue": "",
        "modules": ["PREVENTION-BASICS", "ID-CHILD"],
        "measures": ["XK-NSAP-2011-2014:PREV-3.2.2"],
        "language": "sq",
        "participants": {"TEACHER": 20, "SCHOOL_PRINCIPAL": 4},
        "named": False,
    },
]

# Event types (codes of trainings/data/event_types.csv); a session not listed is
# a TRAINING.
EVENT_TYPES = {
    "AL-2021-003": "TOT",
    "AL-2021-017": "SEMINAR",
    "AL-2022-023": "WORKSHOP",
    "AL-2022-027": "ROUND_TABLE",
    "AL-2023-013": "WORKSHOP",
    "XK-2014-003": "SEMINAR",
}

# Records of the ONAC 2014 implementation report, entered as the report states
# them (issue 13): a series of three district trainings with one head-count for
# all of them, one record standing for five seminars, and approximate counts.
# ``headcount`` is (profession code, people, qualifier); ``series_headcount`` the
# same for the whole series.
REPORT_2014_SERIES = {
    "AL-2014-RATC": (
        "RATC_MEMBER",
        62,
        "exact",
    ),  # "62 persons ... all three districts"
}
REPORT_2014 = [
    {
        "ref": f"AL-2014-10{number}",
        "title": f"Training of local actors on the SOPs for VT/PVT, {district}",
        "start_date": day,
        "end_date": day,
        "organiser": "ONAC",
        "funders": [],
        "region": region,
        "modules": [],
        "measures": ["AL-STRAT-2014-2017:PROT-1.(b).1.3"],
        "language": "sq",
        "event_type": "TRAINING",
        "series": "AL-2014-RATC",
    }
    for number, district, region, day in (
        (1, "Shkodër", "AL-10", "2014-04-08"),
        (2, "Kukës", "AL-07", "2014-04-15"),
        (3, "Lezhë", "AL-08", "2014-04-22"),
    )
] + [
    {
        "ref": "AL-2014-110",
        "title": "Seminars on identification and referral of VT/PVT (5 in total)",
        "start_date": "2014-05-06",
        "end_date": "2014-06-26",
        "organiser": "ONAC",
        "region": None,
        "measures": ["AL-STRAT-2014-2017:PROS-1.(a).3"],
        "event_type": "SEMINAR",
        "sessions_count": 5,  # "Seminars: 5 in total, with ... 320 persons"
        "headcount": ("POLICE_OTHER", 320, "exact"),
    },
    {
        "ref": "AL-2014-120",
        "title": "National conference on the protection of VT/PVT",
        "start_date": "2014-10-17",
        "end_date": "2014-10-17",
        "organiser": "ONAC",
        "region": "AL-11",
        "measures": ["AL-STRAT-2014-2017:PROT-1.(b).1.3"],
        "event_type": "CONFERENCE",
        "headcount": ("SOCIAL_WORKER", 470, "about"),  # "around 470 specialists"
    },
    {
        "ref": "AL-2014-130",
        "title": "Information sessions for teachers on trafficking risks",
        "start_date": "2014-11-20",
        "end_date": "2014-11-20",
        "organiser": "ONAC",
        "region": "AL-11",
        "measures": [],
        "event_type": "WORKSHOP",
        "headcount": ("TEACHER", 250, "at_least"),  # "more than 250 people"
    },
]
