"""The demo's annual training plan for 2022 (issue 13, item 6).

Plain Python data, loaded by ``seed_demo``. Lines planned from the AL NAP
2021-2023's 2022 targets (``shared/seeds/albania-nap-2021-2023.txt``): 2.2.5
professional groups (120 people), 2.2.3 justice staff (36 people in 7
trainings), 1.1.5 patrol officers (300 beneficiaries). How the targets are
split into lines (professions, regions, months) is the demo's, not the plan's.
"""

TRAINING_PLAN = [
    {
        "ref": "TP-2022-01",
        "year": 2022,
        "topic": "Identification, interviewing and referral of VT/PVT (NAP 2.2.5)",
        "profession": "LABOUR_INSPECTOR",
        "module": "ID-REF",
        "region": "AL-11",
        "sessions": 2,
        "people": 40,
    },
    {
        "ref": "TP-2022-02",
        "year": 2022,
        "topic": "Identification, interviewing and referral of VT/PVT (NAP 2.2.5)",
        "profession": "MENTAL_HEALTH_WORKER",
        "module": "ID-REF",
        "sessions": 1,
        "people": 20,
    },
    {
        "ref": "TP-2022-03",
        "year": 2022,
        "topic": "Evidence of harm and financial gain from exploitation (NAP 2.2.3)",
        "profession": "PROSECUTOR",
        "module": "HARM-COMP",
        "sessions": 4,
        "people": 18,
    },
    {
        "ref": "TP-2022-04",
        "year": 2022,
        "topic": "Evidence of harm and financial gain from exploitation (NAP 2.2.3)",
        "profession": "JUDGE",
        "module": "HARM-COMP",
        "sessions": 3,
        "people": 18,
    },
    {
        "ref": "TP-2022-05",
        "year": 2022,
        "month": 10,  # October, the anti-trafficking month
        "topic": "Identification of trafficking for patrol officers (NAP 1.1.5)",
        "profession": "POLICE_PATROL",
        "sessions": 6,
        "people": 300,
    },
]
