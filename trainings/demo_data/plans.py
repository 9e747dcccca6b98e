"""Action plans, their trees and indicators, for the demo.

Plain Python data (no Django imports), loaded by the ``seed_demo`` command.

Plans:

1. ``AL-NAP-2021-2023``: Albania, National Action Plan against Trafficking in Human
   Beings 2021-2023 (``shared/seeds/albania-nap-2021-2023.txt``, annex L600-L709 and
   "List of Indicators of Strategic Documents" L712-L729). 3 policy goals, 5
   specific objectives, all 55 measures. Indicator values are Baseline 2020 /
   Targets 2021, 2022, 2023 as in the annex; non-numeric cells ("-", "N/A",
   "10% more than the baseline") are kept in ``target_notes``. Merged cells are split
   (1.1.4 -> 1.1.4-a / 1.1.4-b). The 4 outcome indicators (OUT-1..OUT-4, numbered as
   in the List of Indicators) sit on the policy goals. Policy-goal ``budget`` is the
   total cost 2021-2023 (current + capital, ALL) from the budget table (L561-L569);
   the annex has no per-measure cost.
2. ``XK-NSAP-2011-2014``: Kosovo, National Strategy and Action Plan against
   Trafficking in Human Beings 2011-2014
   (``shared/seeds/kosovo-strategy-2011-2014.txt``, action plan L662-L936). All 136
   activities (the digest counts 135; CHILD-4.1.5 at L936 was missed). Codes carry a
   pillar prefix because raw codes repeat across pillars. Budgets are EUR
   ("120.000" -> 120000, "2.1 Million euro" -> 2100000); the free-text "Performance
   Indicators" cell becomes one indicator without baseline or targets. Shifted rows
   (CHILD-1.2.3..1.2.6, CHILD-2.1.x..2.2.3 without a budget cell) are realigned;
   empty implementer cells are filled only where the context is clear (CHILD-1.2.3,
   CHILD-1.2.4, INV-1.3.4, INV-2.1.4, PREV-3.4.2: inferred).
3. ``AL-STRAT-2014-2017``: Albania, National Strategy and NAP 2014-2017
   (``shared/seeds/albania-strategy-2014-2017.txt``), shell with the training and
   awareness activities listed in sections 2-3 of
   ``shared/domain/albania-strategy-2014-2017-digest.md``. Activity codes carry the
   area prefix (PROS, PROT, PREV, COOR, CH-PROS, CH-PROT, CH-PREV) because raw codes
   repeat across areas; "-bis" marks unnumbered rows. The first responsible agency
   is the lead. The plan has no money amounts and no numeric targets.

Indicator ``source`` tells the platform where actual values come from: "manual"
(entered by a monitoring officer) or computed from training sessions
("training_participants", "training_unique_people", "training_sessions") or from
campaigns and materials ("campaign_activities", "campaigns" (distinct campaigns with
activity in the period), "campaign_reach", "persons_informed" (people reached +
people briefed at distributions),
"material_distributed", "material_produced"). ``professions`` restricts a computed
count to those profession codes (empty = all participants of sessions linked to the
measure).
"""

PLANS = [
    {
        "code": "AL-NAP-2021-2023",
        "country": "AL",
        "title": (
            "National Action Plan for the Fight against Trafficking in Human Beings "
            "2021-2023 (Albania)"
        ),
        "start_year": 2021,
        "end_year": 2023,
        "currency": "ALL",
        "level_names": ["Policy goal", "Specific objective", "Measure"],
        "nodes": [
            {
                "code": "I",
                "title": (
                    "Reduce the threat and impact of organized crime and serious crime"
                ),
                "level": 0,
                "parent": None,
                "lead": ["MI"],
                "contributing": [],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": 50677784,
                "indicators": [
                    {
                        "code": "OUT-2",
                        "name": (
                            "Ratio between the number of human trafficking cases "
                            "referred to the prosecutor's office and court against "
                            "those identified by the state police"
                        ),
                        "unit": "%",
                        "baseline": 7,
                        "baseline_year": 2020,
                        "targets": {2021: None, 2022: None, 2023: None},
                        "target_notes": {
                            2021: "1% increase",
                            2022: "1% increase",
                            2023: "1% increase",
                        },
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "II",
                "title": "Protection of citizens, institutions and the economy",
                "level": 0,
                "parent": None,
                "lead": ["MI"],
                "contributing": [],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": 144052992,
                "indicators": [
                    {
                        "code": "OUT-3",
                        "name": (
                            "Number of necessary basic services provided for the "
                            "reintegration of trafficked persons/at risk of "
                            "trafficking (psychological, legal, access to "
                            "education/vocational training, healthcare etc.) for the "
                            "2021-2023 period"
                        ),
                        "unit": "services",
                        "baseline": 199,
                        "baseline_year": 2020,
                        "targets": {2021: None, 2022: None, 2023: None},
                        "target_notes": {
                            2021: "5% more than the baseline",
                            2022: "10% more than the baseline",
                            2023: "15% more than the baseline",
                        },
                        "counting": "cumulative",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                    {
                        "code": "OUT-4",
                        "name": (
                            "Number of victims of trafficking and potential victims of "
                            "trafficking identified until the end of 2023"
                        ),
                        "unit": "people",
                        "baseline": 86,
                        "baseline_year": 2020,
                        "targets": {2021: None, 2022: None, 2023: None},
                        "target_notes": {
                            2021: "2% decrease every year",
                            2022: "2% decrease every year",
                            2023: "2% decrease every year",
                        },
                        "counting": "cumulative",
                        "direction": "decrease",
                        "breakdowns": ["gender"],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "III",
                "title": (
                    "Increase the preventive force against threats of organized crime "
                    "and serious crime"
                ),
                "level": 0,
                "parent": None,
                "lead": ["MI"],
                "contributing": [],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": 217821644,
                "indicators": [
                    {
                        "code": "OUT-1",
                        "name": (
                            "Percentage of youth who know of Human Trafficking issues "
                            "(UNICEF survey, age 15-29)"
                        ),
                        "unit": "%",
                        "baseline": 40.4,
                        "baseline_year": 2020,
                        "targets": {2021: None, 2022: None, 2023: None},
                        "target_notes": {2023: "10% more than the baseline"},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["gender", "region"],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "1.1",
                "title": "Combating illegal trafficking",
                "level": 1,
                "parent": "I",
                "lead": [],
                "contributing": [],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "2.1",
                "title": (
                    "Identify and support individuals at risk of being subjected to "
                    "coercion, violence and intimidation by organized crime"
                ),
                "level": 1,
                "parent": "II",
                "lead": [],
                "contributing": [],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "2.2",
                "title": "Increase professionalism",
                "level": 1,
                "parent": "II",
                "lead": [],
                "contributing": [],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "3.1",
                "title": (
                    "Implement awareness raising campaigns with the involvement of "
                    "central and local institutions, civil society, business, media "
                    "and other actors for the prevention of organized crime"
                ),
                "level": 1,
                "parent": "III",
                "lead": [],
                "contributing": [],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "3.2",
                "title": (
                    "Provide and coordinate internal/external support for vulnerable "
                    "areas and communities"
                ),
                "level": 1,
                "parent": "III",
                "lead": [],
                "contributing": [],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "1.1.1",
                "title": (
                    "Amendment of the Criminal Code in line with international "
                    "commitments (arts. 124/b and 128/b on economic exploitation and "
                    "internal trafficking of children, 52/a, 110/a, 114(2)) and on "
                    "trafficking in human organs (CoE Convention)"
                ),
                "level": 2,
                "parent": "1.1",
                "lead": ["MJ"],
                "contributing": ["MI", "MHSP", "PP", "GDSP"],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "1.1.1",
                        "name": "Amended Criminal Code",
                        "unit": "law",
                        "baseline": 0,
                        "baseline_year": 2020,
                        "targets": {2021: None, 2022: 1, 2023: None},
                        "target_notes": {2021: "-", 2023: "-"},
                        "counting": "cumulative",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "1.1.2",
                "title": (
                    "Adoption of a special law against trafficking in persons and "
                    "protection of VT/PVT, approximated with Directive 2011/36: "
                    "working group, expertise for drafting the law, public consultation"
                ),
                "level": 2,
                "parent": "1.1",
                "lead": ["MI"],
                "contributing": [
                    "MJ",
                    "MHSP",
                    "NRM",
                    "RA",
                    "NCASH",
                    "ON",
                    "NGO",
                    "EXPERTS",
                ],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "1.1.2",
                        "name": (
                            "Special law against trafficking in people and protection "
                            "of VT/PVT adopted"
                        ),
                        "unit": "law",
                        "baseline": 0,
                        "baseline_year": 2020,
                        "targets": {2021: None, 2022: None, 2023: 1},
                        "target_notes": {2021: "-", 2022: "-"},
                        "counting": "cumulative",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "1.1.3",
                "title": (
                    "Training of judicial structures to specialise in trafficking "
                    "offences: proactive investigation, prosecution, special "
                    "investigative techniques, financial investigations, proportionate "
                    "sanctions, reasonable length of proceedings (ECtHR, CEPEJ)"
                ),
                "level": 2,
                "parent": "1.1",
                "lead": ["SHM"],
                "contributing": ["MI", "GDSP", "NCASH", "ON", "NGO"],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "1.1.3",
                        "name": (
                            "Number of judicial structures trained for trafficking "
                            "offenses, divided by training issues"
                        ),
                        "unit": "people",
                        "baseline": 50,
                        "baseline_year": 2020,
                        "targets": {2021: 60, 2022: 70, 2023: 80},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["module", "profession"],
                        "source": "training_unique_people",
                        "professions": ["JUDGE", "PROSECUTOR", "MAGISTRATE_TRAINEE"],
                    },
                ],
            },
            {
                "code": "1.1.4",
                "title": (
                    "Training of border and migration police, customs officers, asylum "
                    "staff and migrant reception centre staff (incl. medical staff) to "
                    "identify VT/PVT among asylum seekers, migrants and unaccompanied "
                    "children, also in emergencies such as Covid-19"
                ),
                "level": 2,
                "parent": "1.1",
                "lead": ["GDSP", "DKM"],
                "contributing": ["ASYLUM_DIR", "CPU", "GDC", "MHSP", "ON", "NGO"],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "1.1.4-a",
                        "name": (
                            "Number of potential victims of trafficking identified by "
                            "LDBM"
                        ),
                        "unit": "potential victims",
                        "baseline": 2,
                        "baseline_year": 2020,
                        "targets": {2021: 2, 2022: 4, 2023: 6},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                    {
                        "code": "1.1.4-b",
                        "name": (
                            "Number of Border and Migration Police Officers, Customs "
                            "Officers, Asylum Officers and Migrant Reception and "
                            "Accommodation Center staff including medical staff with "
                            "knowledge of VT/PVT identification among asylum seekers, "
                            "migrants and especially unaccompanied children"
                        ),
                        "unit": "people",
                        "baseline": 1500,
                        "baseline_year": 2020,
                        "targets": {2021: 1500, 2022: 1700, 2023: 1900},
                        "target_notes": {},
                        "counting": "cumulative",
                        "direction": "increase",
                        "breakdowns": ["profession", "agency"],
                        "source": "training_unique_people",
                        "professions": [
                            "POLICE_BORDER",
                            "CUSTOMS_OFFICER",
                            "ASYLUM_OFFICER",
                            "RECEPTION_STAFF",
                            "HEALTH_WORKER",
                        ],
                    },
                ],
            },
            {
                "code": "1.1.5",
                "title": (
                    'Training of general police patrol officers of the ward "Eagle" '
                    "and other structures responsible for identifying, investigating, "
                    "gathering information on trafficking issues for adults and "
                    "children and cross-sectoral cooperation"
                ),
                "level": 2,
                "parent": "1.1",
                "lead": ["GDSP", "SEC_ACADEMY"],
                "contributing": ["NRM", "NCASH", "NGO", "ON"],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "1.1.5",
                        "name": (
                            "Number of beneficiaries of trainings on identification, "
                            "investigation, collection of information on trafficking "
                            "issues and cross-sectoral cooperation. Division by "
                            "positions: general patrol employees of the police; ward "
                            '"Shqiponja"; other responsible structures'
                        ),
                        "unit": "people",
                        "baseline": 300,
                        "baseline_year": 2020,
                        "targets": {2021: 200, 2022: 300, 2023: 400},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["profession"],
                        "source": "training_participants",
                        "professions": [
                            "POLICE_PATROL",
                            "POLICE_EAGLE",
                            "POLICE_OTHER",
                        ],
                    },
                ],
            },
            {
                "code": "1.1.6",
                "title": (
                    "Monitoring and identifying officials and employees of public law "
                    "enforcement institutions who are involved in human being "
                    "trafficking and encouraging the public to report corrupt officials"
                ),
                "level": 2,
                "parent": "1.1",
                "lead": ["INTERNAL_CONTROL"],
                "contributing": ["GDSP", "NGO"],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "1.1.6",
                        "name": (
                            "Number of officials and employees of public law "
                            "enforcement institutions involved in trafficking in human "
                            "beings prosecuted"
                        ),
                        "unit": "officials",
                        "baseline": 0,
                        "baseline_year": 2020,
                        "targets": {2021: 0, 2022: 0, 2023: 0},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "decrease",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "1.1.7",
                "title": (
                    "Strengthen coordination in financial investigations in order to "
                    "identify possible cases of trafficking in human beings through "
                    "joint investigations and operations to increase the number of "
                    "successful criminal proceedings"
                ),
                "level": 2,
                "parent": "1.1",
                "lead": ["MI", "GDSP"],
                "contributing": ["PP", "SACS"],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "1.1.7",
                        "name": (
                            "Number of operations identifying possible cases of "
                            "trafficking in human beings and joint financial "
                            "investigations conducted"
                        ),
                        "unit": "operations",
                        "baseline": 1,
                        "baseline_year": 2020,
                        "targets": {2021: 1, 2022: 2, 2023: 3},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "1.1.8",
                "title": (
                    "Review of the Anti-Trafficking Cooperation Agreement between the "
                    "National Coordinator, DPPSH, ISHPSH and the inclusion in it of "
                    "the General Directorate of Taxes"
                ),
                "level": 2,
                "parent": "1.1",
                "lead": ["MI"],
                "contributing": ["RDSS", "GDSP", "GDT", "ON", "NGO"],
                "start_year": 2022,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "1.1.8-a",
                        "name": "Agreement revised and approved",
                        "unit": "agreement",
                        "baseline": 0,
                        "baseline_year": 2020,
                        "targets": {2021: None, 2022: None, 2023: 1},
                        "target_notes": {2021: "-", 2022: "-"},
                        "counting": "cumulative",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                    {
                        "code": "1.1.8-b",
                        "name": (
                            "Number of cases identified in relation to exploitation "
                            "for work, as a result of joint inspections between the "
                            "National Coordinator, GDSP, RDSS"
                        ),
                        "unit": "cases",
                        "baseline": 0,
                        "baseline_year": 2020,
                        "targets": {2021: 0, 2022: 0, 2023: 3},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "1.1.9",
                "title": (
                    "Establishment of a new coordination practice for the exchange of "
                    "periodic information related to the identification and referral "
                    "of criminal cases of trafficking in human beings"
                ),
                "level": 2,
                "parent": "1.1",
                "lead": ["MI"],
                "contributing": ["PP", "NCASH", "NRM", "GDSP"],
                "start_year": 2022,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "1.1.9",
                        "name": "New practice of functional coordination",
                        "unit": "practice",
                        "baseline": 0,
                        "baseline_year": 2020,
                        "targets": {2021: None, 2022: 1, 2023: None},
                        "target_notes": {2021: "-", 2023: "-"},
                        "counting": "cumulative",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "2.1.1",
                "title": (
                    "Informing VT/VMT about the right to legal and psychological "
                    "services and facilitating access to justice for VT/VMT, providing "
                    "specialized and free legal aid at an early stage of the process"
                ),
                "level": 2,
                "parent": "2.1",
                "lead": ["MI", "NCASH"],
                "contributing": ["MJ", "PP", "RA"],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "2.1.1",
                        "name": (
                            "The number of VT/PVT cases assisted in relation to the "
                            "right to legal and psychological services and the "
                            "facilitation of access to justice for the VT/PVT by "
                            "providing specialized and free legal aid at an early "
                            "stage of the process"
                        ),
                        "unit": "cases",
                        "baseline": 86,
                        "baseline_year": 2020,
                        "targets": {2021: 85, 2022: 170, 2023: 250},
                        "target_notes": {},
                        "counting": "cumulative",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "2.1.2",
                "title": (
                    "Special and effective protection and ongoing risk assessment for "
                    "VT/PVT, witnesses and their family members against retaliation "
                    "and intimidation during all stages of criminal proceedings"
                ),
                "level": 2,
                "parent": "2.1",
                "lead": ["GDSP"],
                "contributing": ["PP", "NCASH"],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "2.1.2",
                        "name": (
                            "Number of cases of trafficking in human beings that have "
                            "received special protection"
                        ),
                        "unit": "cases",
                        "baseline": 1,
                        "baseline_year": 2020,
                        "targets": {2021: 1, 2022: 1, 2023: 2},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "2.1.3",
                "title": (
                    "Effective and periodic reporting of cases where criminal "
                    "prosecution was initiated against persons later identified as "
                    "VT/PVT, to exclude them from criminal responsibility; assessment "
                    "of training needs of justice employees"
                ),
                "level": 2,
                "parent": "2.1",
                "lead": ["GDSP"],
                "contributing": ["PP"],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "2.1.3",
                        "name": (
                            "Number of cases when criminal prosecution has been "
                            "initiated against VT/PVT and then identified as VT/PVT"
                        ),
                        "unit": "cases",
                        "baseline": 1,
                        "baseline_year": 2020,
                        "targets": {2021: 0, 2022: 0, 2023: 0},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "decrease",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "2.1.4",
                "title": (
                    "Special protection measures for child and young VT/PVT: competent "
                    "professionals, a friendly interview environment and audiovisual "
                    "recording to avoid repeated interviewing, through capacity "
                    "building"
                ),
                "level": 2,
                "parent": "2.1",
                "lead": ["GDSP"],
                "contributing": ["CPU", "PP"],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "2.1.4",
                        "name": (
                            "Monitoring reports on the implementation of protection "
                            "measures in practice for children/youth VT/PVT"
                        ),
                        "unit": "reports",
                        "baseline": 0,
                        "baseline_year": 2020,
                        "targets": {2021: 1, 2022: 2, 2023: 3},
                        "target_notes": {},
                        "counting": "cumulative",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "2.1.5",
                "title": (
                    "Compilation of orientation brochures for consular staff, mobile "
                    "units, non-member NRM structures, regarding the implementation of "
                    "PSV"
                ),
                "level": 2,
                "parent": "2.1",
                "lead": ["MI"],
                "contributing": ["SACRP", "NJVQV", "MFE", "NGO", "ON", "EXPERTS"],
                "start_year": 2022,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "2.1.5-a",
                        "name": (
                            "Number of information materials produced for consular "
                            "staff, mobile units, defense structures in "
                            "municipalities, non-member NRM structures, regarding the "
                            "implementation of PSV [SOP]"
                        ),
                        "unit": "copies",
                        "baseline": 0,
                        "baseline_year": 2020,
                        "targets": {2021: 0, 2022: 7000, 2023: 7000},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "material_produced",
                        "professions": [],
                    },
                    {
                        "code": "2.1.5-b",
                        "name": (
                            "Number of persons informed about the implementation of "
                            "PSV [SOP]"
                        ),
                        "unit": "people",
                        "baseline": 2000,
                        "baseline_year": 2020,
                        "targets": {2021: 2000, 2022: 2020, 2023: 2040},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "persons_informed",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "2.1.6",
                "title": (
                    "Prevention/identification of trafficking of VT/PVT minors at the "
                    "border (including illegal border crossing by children), alone or "
                    "accompanied by adults through mandatory documentation control for "
                    "children"
                ),
                "level": 2,
                "parent": "2.1",
                "lead": ["DKM"],
                "contributing": ["GDSP", "CPU"],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "2.1.6",
                        "name": (
                            "Number of VT/PVT juveniles identified during illegal "
                            "border crossing at BCPs"
                        ),
                        "unit": "juveniles",
                        "baseline": 3,
                        "baseline_year": 2020,
                        "targets": {2021: 3, 2022: 5, 2023: 6},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "2.1.7",
                "title": (
                    "Review of the NRM to ensure its continued effective functioning "
                    "through local coordination groups and the continued application "
                    "of standards and SOPs for the treatment of trafficked persons"
                ),
                "level": 2,
                "parent": "2.1",
                "lead": ["MI"],
                "contributing": ["NRM", "RA", "NGO", "ON"],
                "start_year": 2022,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "2.1.7",
                        "name": "NRM Functioning Agreement finalized",
                        "unit": "agreement",
                        "baseline": 0,
                        "baseline_year": 2020,
                        "targets": {2021: 0, 2022: 1, 2023: None},
                        "target_notes": {2023: "-"},
                        "counting": "cumulative",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "2.1.8",
                "title": "Organizing periodic meetings of NRM members",
                "level": 2,
                "parent": "2.1",
                "lead": ["MI"],
                "contributing": ["NRM", "ON"],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "2.1.8",
                        "name": "Number of issues addressed in periodic NRM meetings",
                        "unit": "issues",
                        "baseline": 3,
                        "baseline_year": 2020,
                        "targets": {2021: 3, 2022: 5, 2023: 7},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "2.1.9",
                "title": (
                    "Continuous updating of the VT/VMT database for registration, "
                    "follow-up and monitoring of cases by the Responsible Authority, "
                    "as well as periodic reporting to the NRM"
                ),
                "level": 2,
                "parent": "2.1",
                "lead": ["MI"],
                "contributing": ["RA", "NRM", "NCASH"],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "2.1.9",
                        "name": "Number of new cases reflected in the VT/PVT database",
                        "unit": "cases",
                        "baseline": 86,
                        "baseline_year": 2020,
                        "targets": {2021: 85, 2022: 170, 2023: 250},
                        "target_notes": {},
                        "counting": "cumulative",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "2.1.10",
                "title": (
                    "Review of the AG Instruction; Involvement in the PA of "
                    "representatives from AISI/KPA/AMSHDF; Establishment of the "
                    "working group Organizing meetings; Revised instruction"
                ),
                "level": 2,
                "parent": "2.1",
                "lead": ["MI"],
                "contributing": ["RA", "EXPERTS"],
                "start_year": 2022,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "2.1.10",
                        "name": "Revised RA Guideline",
                        "unit": "guideline",
                        "baseline": 0,
                        "baseline_year": 2020,
                        "targets": {2021: None, 2022: 1, 2023: None},
                        "target_notes": {2021: "-", 2023: "-"},
                        "counting": "cumulative",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "2.1.11",
                "title": (
                    "Proper information of VT/VMT especially for children using a "
                    "friendly language, about their rights, available services and "
                    "ways of accessing them in order to make informed decisions by "
                    "VT/VMT as well as continuous information and VT/VMT"
                ),
                "level": 2,
                "parent": "2.1",
                "lead": ["MHSP"],
                "contributing": ["CPU", "SSS", "NCASH", "NGO", "ON"],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "2.1.11",
                        "name": (
                            "Number of VT/PVT informed and who have benefited from "
                            "ancillary services"
                        ),
                        "unit": "people",
                        "baseline": 86,
                        "baseline_year": 2020,
                        "targets": {2021: 85, 2022: 170, 2023: 250},
                        "target_notes": {},
                        "counting": "cumulative",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "2.1.12",
                "title": (
                    "Continuous information of the VT/VMT on the changes that occur in "
                    "the circumstances that affect their situation including "
                    "detentions, media coverage, change of charges, termination of "
                    "proceedings, etc."
                ),
                "level": 2,
                "parent": "2.1",
                "lead": ["GDSP"],
                "contributing": ["PP"],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "2.1.12",
                        "name": (
                            "Number of VT/PVTs informed and who have benefited from "
                            "ancillary services"
                        ),
                        "unit": "people",
                        "baseline": 86,
                        "baseline_year": 2020,
                        "targets": {2021: 85, 2022: 170, 2023: 250},
                        "target_notes": {},
                        "counting": "cumulative",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "2.1.13",
                "title": (
                    "Provide ongoing funding for VT/VMT services in order for VT/VMT "
                    "reception and reintegration centers to meet the required standards"
                ),
                "level": 2,
                "parent": "2.1",
                "lead": ["MHSP"],
                "contributing": ["MRVLL", "SSS", "NCASH", "ON"],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "2.1.13-a",
                        "name": "Completed reintegration standards",
                        "unit": "standards",
                        "baseline": 0,
                        "baseline_year": 2020,
                        "targets": {2021: None, 2022: 1, 2023: None},
                        "target_notes": {2021: "-", 2023: "-"},
                        "counting": "cumulative",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                    {
                        "code": "2.1.13-b",
                        "name": (
                            "Number of cases receiving services packages in centers "
                            "and community"
                        ),
                        "unit": "cases",
                        "baseline": 85,
                        "baseline_year": 2020,
                        "targets": {2021: 80, 2022: 75, 2023: 70},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "decrease",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "2.1.14",
                "title": (
                    "Needs assessment for housing, accommodation and access to "
                    "services for male VT/VMT"
                ),
                "level": 2,
                "parent": "2.1",
                "lead": ["MI"],
                "contributing": ["MHSP", "NCASH", "NGO"],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "2.1.14",
                        "name": (
                            "Feasibility study for housing needs, accommodation and "
                            "access to services for male VT/PVT"
                        ),
                        "unit": "study",
                        "baseline": 0,
                        "baseline_year": 2020,
                        "targets": {2021: 0, 2022: 0, 2023: 1},
                        "target_notes": {},
                        "counting": "cumulative",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "2.1.15",
                "title": (
                    "Implementation of SOPs, additional protocols and unified formats "
                    "for assisted voluntary return of VT/VMT, as well as orientation "
                    "of CPUs for the correct completion of the forms and procedures "
                    "that define SOPs."
                ),
                "level": 2,
                "parent": "2.1",
                "lead": ["MI"],
                "contributing": ["RA", "MEFA", "CPU", "SSS", "NCASH", "NGO", "ON"],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "2.1.15",
                        "name": (
                            "Number of assisted returns VT/PVT according to unified "
                            "procedures"
                        ),
                        "unit": "returns",
                        "baseline": 4,
                        "baseline_year": 2020,
                        "targets": {2021: 4, 2022: 7, 2023: 10},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "2.1.16",
                "title": (
                    "Strengthening effective labor market access for VT/VMT through "
                    "education, vocational training, employment promotion programs and "
                    "self-employment"
                ),
                "level": 2,
                "parent": "2.1",
                "lead": ["MFE", "NAEA"],
                "contributing": ["MHSP", "NCASH", "CPU", "SSS", "DSSM", "NGO"],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "2.1.16-a",
                        "name": (
                            "Number of VT/PVT who have benefited from education, "
                            "vocational training and incentive programs"
                        ),
                        "unit": "people",
                        "baseline": 86,
                        "baseline_year": 2020,
                        "targets": {2021: 85, 2022: 170, 2023: 250},
                        "target_notes": {},
                        "counting": "cumulative",
                        "direction": "increase",
                        "breakdowns": ["gender"],
                        "source": "manual",
                        "professions": [],
                    },
                    {
                        "code": "2.1.16-b",
                        "name": (
                            "Number of VT/PVT employed: separated according to "
                            "categories (self-employed; employed in private sector)"
                        ),
                        "unit": "people",
                        "baseline": 19,
                        "baseline_year": 2020,
                        "targets": {2021: 19, 2022: 38, 2023: 57},
                        "target_notes": {},
                        "counting": "cumulative",
                        "direction": "increase",
                        "breakdowns": ["gender"],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "2.1.17",
                "title": (
                    "Promotion of social enterprises, other social enterprises and "
                    "public-private partnership in initiatives that engage VT/VMT to "
                    "persons with disadvantaged socio-economic backgrounds"
                ),
                "level": 2,
                "parent": "2.1",
                "lead": ["MHSP"],
                "contributing": ["NCASH", "NGO", "NJVQV", "PRIVATE_BUSINESS"],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "2.1.17",
                        "name": (
                            "Number of social enterprises and public-private "
                            "partnerships engaging VT/PVT including foreign nationals "
                            "and persons with disadvantaged socio-economic backgrounds "
                            "promoted"
                        ),
                        "unit": "enterprises",
                        "baseline": 0,
                        "baseline_year": 2020,
                        "targets": {2021: 0, 2022: 1, 2023: 2},
                        "target_notes": {},
                        "counting": "cumulative",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "2.1.18",
                "title": (
                    "Ensuring the effectiveness of Mobile Units for the identification "
                    "of VT/VMT through their expansion, both in terms of geographical "
                    "inclusion and increasing the number of WU members"
                ),
                "level": 2,
                "parent": "2.1",
                "lead": ["SACRP"],
                "contributing": ["NCASH", "GDSP", "CPU", "DSSM", "NGO", "ON"],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "2.1.18",
                        "name": "Number of cases identified by mobile units",
                        "unit": "cases",
                        "baseline": 40,
                        "baseline_year": 2020,
                        "targets": {2021: 40, 2022: 60, 2023: 80},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["region"],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "2.1.19",
                "title": "Monitoring of VT/PVT child cases managed by CPU/PMF",
                "level": 2,
                "parent": "2.1",
                "lead": ["SACRP"],
                "contributing": ["SSS", "NJVQV", "NGO"],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "2.1.19",
                        "name": (
                            "Number of monitoring conducted for cases of VT/PVT "
                            "children managed by CPU/PMF"
                        ),
                        "unit": "monitorings",
                        "baseline": 0,
                        "baseline_year": 2020,
                        "targets": {2021: 5, 2022: 6, 2023: 7},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "2.2.1",
                "title": (
                    "Training of lawyers on trafficking issues in order to protect "
                    "VT/PVT"
                ),
                "level": 2,
                "parent": "2.2",
                "lead": ["NCHL"],
                "contributing": ["ON", "NCASH", "NGO"],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "2.2.1",
                        "name": (
                            "Number of lawyers trained in trafficking cases in order "
                            "to protect VT/PVT"
                        ),
                        "unit": "lawyers",
                        "baseline": 20,
                        "baseline_year": 2020,
                        "targets": {2021: 20, 2022: 30, 2023: 40},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["gender"],
                        "source": "training_unique_people",
                        "professions": ["LAWYER"],
                    },
                ],
            },
            {
                "code": "2.2.2",
                "title": (
                    "Ongoing interdisciplinary training of professionals working with "
                    "children/young people for early identification and treatment of "
                    "VT/PVT"
                ),
                "level": 2,
                "parent": "2.2",
                "lead": ["SACRP"],
                "contributing": ["DSSM", "CTG", "ON", "NGO"],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "2.2.2",
                        "name": (
                            "Number of professionals working with children for early "
                            "identification and treatment of VT/PVT"
                        ),
                        "unit": "professionals",
                        "baseline": 61,
                        "baseline_year": 2020,
                        "targets": {2021: 61, 2022: 61, 2023: 61},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["profession", "region"],
                        "source": "training_unique_people",
                        "professions": [
                            "CHILD_PROTECTION_WORKER",
                            "SOCIAL_WORKER",
                            "SCHOOL_PSYCHOLOGIST",
                            "TEACHER",
                            "HEALTH_WORKER",
                            "POLICE_JUVENILE",
                        ],
                    },
                ],
            },
            {
                "code": "2.2.3",
                "title": (
                    "Training judges and prosecutors to effectively enforce "
                    "legislation related to the collection of evidence of harm "
                    "suffered by VT/PVT including financial gain from victim "
                    "exploitation, freezing of assets and support for victims' "
                    "compensation claims"
                ),
                "level": 2,
                "parent": "2.2",
                "lead": ["SHM"],
                "contributing": ["ON", "NCASH", "NGO"],
                "start_year": 2021,
                "end_year": 2022,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "2.2.3-a",
                        "name": (
                            "Number of justice staff trained to effectively enforce "
                            "legislation related to the collection of evidence of harm "
                            "suffered by the VT including financial gain from the "
                            "victim's exploitation. Separated: Prosecutors; Judges"
                        ),
                        "unit": "people",
                        "baseline": 26,
                        "baseline_year": 2020,
                        "targets": {2021: 26, 2022: 36, 2023: 45},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["profession"],
                        "source": "training_unique_people",
                        "professions": ["PROSECUTOR", "JUDGE"],
                    },
                    {
                        "code": "2.2.3-b",
                        "name": "Number of trainings conducted",
                        "unit": "trainings",
                        "baseline": 6,
                        "baseline_year": 2020,
                        "targets": {2021: 6, 2022: 7, 2023: 8},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "training_sessions",
                        "professions": ["PROSECUTOR", "JUDGE"],
                    },
                ],
            },
            {
                "code": "2.2.4",
                "title": (
                    "Training of specialized lawyers to support VT/PVT in claiming "
                    "compensation"
                ),
                "level": 2,
                "parent": "2.2",
                "lead": ["NCHL"],
                "contributing": ["NCASH", "ON", "NGO"],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "2.2.4",
                        "name": (
                            "Number of lawyers specializing in assisting victims in "
                            "claiming compensation"
                        ),
                        "unit": "lawyers",
                        "baseline": 20,
                        "baseline_year": 2020,
                        "targets": {2021: 20, 2022: 30, 2023: 40},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "training_unique_people",
                        "professions": ["LAWYER"],
                    },
                ],
            },
            {
                "code": "2.2.5",
                "title": (
                    "Training of other professional groups including labor inspectors, "
                    "health workers (including mental health workers), social workers, "
                    "educators and consuls on VT/PVT identification, interviewing and "
                    "referral and implementation of SOP"
                ),
                "level": 2,
                "parent": "2.2",
                "lead": ["ISHPSH", "MFE"],
                "contributing": [
                    "MI",
                    "MHSP",
                    "MRVLL",
                    "AQAPUE",
                    "NCASH",
                    "NGO",
                    "ON",
                    "CONSULAR_ACADEMY",
                ],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "2.2.5",
                        "name": (
                            "Number of people from professional groups trained on "
                            "VT/PVT identification, interviewing and referral and "
                            "implementation of SOP. Division by professional groups: "
                            "labor inspectors, health workers, mental health workers, "
                            "social workers, teachers and consular staff"
                        ),
                        "unit": "people",
                        "baseline": 100,
                        "baseline_year": 2020,
                        "targets": {2021: 60, 2022: 120, 2023: 160},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["profession"],
                        "source": "training_unique_people",
                        "professions": [
                            "LABOUR_INSPECTOR",
                            "HEALTH_WORKER",
                            "MENTAL_HEALTH_WORKER",
                            "SOCIAL_WORKER",
                            "TEACHER",
                            "CONSULAR_STAFF",
                        ],
                    },
                ],
            },
            {
                "code": "3.1.1",
                "title": (
                    "Massive national and local awareness campaigns on forms of "
                    "trafficking and the rights of VT/PVT (especially in October, "
                    "anti-trafficking month): radio and TV spots, field and online "
                    "campaigns, printed materials for vulnerable groups"
                ),
                "level": 2,
                "parent": "3.1",
                "lead": ["MI"],
                "contributing": ["NRM", "RA", "RATC", "AMA", "NGO", "ON", "MEDIA_TV"],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "3.1.1-a",
                        "name": (
                            "Number of national and local campaigns organized for "
                            "information on forms of trafficking and its effect on the "
                            "life of the individual and society (division according to "
                            "campaigns conducted on television and social media)"
                        ),
                        "unit": "campaigns",
                        "baseline": 1,
                        "baseline_year": 2020,
                        "targets": {2021: 1, 2022: 2, 2023: 3},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["channel", "campaign"],
                        "source": "campaigns",
                        "professions": [],
                    },
                    {
                        "code": "3.1.1-b",
                        "name": (
                            "Number of people informed through national and local "
                            "campaigns"
                        ),
                        "unit": "people",
                        "baseline": 200000,
                        "baseline_year": 2020,
                        "targets": {2021: 300000, 2022: 600000, 2023: 900000},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["channel", "campaign", "region"],
                        "source": "campaign_reach",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "3.1.2",
                "title": (
                    "Strengthen the toll-free National Hotline 116-006 and the "
                    '"Report and Save" application: posters in 12 regions and 61 '
                    "municipalities, border crossing points and information centres; "
                    "training of operating room staff"
                ),
                "level": 2,
                "parent": "3.1",
                "lead": ["MI", "GDSP"],
                "contributing": ["NCASH", "NGO", "ON"],
                "start_year": 2022,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "3.1.2-a",
                        "name": (
                            "Number of cases reported by the National Free Line "
                            '116-006 and the "Report and Rescue" application to '
                            "enable counseling and reporting of possible cases of "
                            "trafficking in human beings (division: number of reports "
                            "on the national line and on the application)"
                        ),
                        "unit": "cases",
                        "baseline": 0,
                        "baseline_year": 2020,
                        "targets": {2021: 6, 2022: 16, 2023: 30},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["channel"],
                        "source": "manual",
                        "professions": [],
                    },
                    {
                        "code": "3.1.2-b",
                        "name": (
                            "Number of toll-free National Line 116-006 operators for "
                            "advising and referring reported cases trained"
                        ),
                        "unit": "operators",
                        "baseline": 4,
                        "baseline_year": 2020,
                        "targets": {2021: 4, 2022: 4, 2023: 4},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "maintain",
                        "breakdowns": [],
                        "source": "training_unique_people",
                        "professions": ["HOTLINE_OPERATOR"],
                    },
                    {
                        "code": "3.1.2-c",
                        "name": "Number of trainings conducted",
                        "unit": "trainings",
                        "baseline": 0,
                        "baseline_year": 2020,
                        "targets": {2021: 1, 2022: 2, 2023: 3},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "training_sessions",
                        "professions": ["HOTLINE_OPERATOR"],
                    },
                    {
                        "code": "3.1.2-d",
                        "name": (
                            "Number of campaigns organized on social media to promote "
                            'the national line and the application "Report and '
                            'Rescue!"'
                        ),
                        "unit": "campaigns",
                        "baseline": 1,
                        "baseline_year": 2020,
                        "targets": {2021: None, 2022: None, 2023: None},
                        "target_notes": {2021: "-", 2022: "-", 2023: "-"},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["channel", "campaign"],
                        "source": "campaigns",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "3.1.3",
                "title": (
                    "Informing and raising the awareness of hotel and tourism "
                    "employees for the identification and reporting of VT/PVT, mainly "
                    "during the summer season"
                ),
                "level": 2,
                "parent": "3.1",
                "lead": ["MTE"],
                "contributing": ["MI", "NGO", "ON", "TOURISM_ASSOC"],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "3.1.3",
                        "name": (
                            "Number of hotel and tourism employees informed about the "
                            "identification and reporting of VT/PVT, mainly during the "
                            "summer season"
                        ),
                        "unit": "people",
                        "baseline": None,
                        "baseline_year": 2020,
                        "targets": {2021: 0, 2022: 100, 2023: 200},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["region"],
                        "source": "campaign_reach",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "3.1.4",
                "title": (
                    "Informing and advising Albanian citizens abroad by consular staff "
                    "regarding the forms of trafficking with a special focus on fake "
                    "labor relations also in the framework of the Strategy for Public "
                    "Legal Education 2019-2023"
                ),
                "level": 2,
                "parent": "3.1",
                "lead": ["MEFA"],
                "contributing": ["MI", "ON", "NGO"],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "3.1.4",
                        "name": (
                            "Number of Albanian citizens abroad informed and advised "
                            "by consular staff regarding forms of trafficking"
                        ),
                        "unit": "citizens",
                        "baseline": 200,
                        "baseline_year": 2020,
                        "targets": {2021: 200, 2022: 300, 2023: 400},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "campaign_reach",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "3.1.5",
                "title": (
                    "Continuous information of asylum seekers, irregular migrants, in "
                    "languages that they understand about their rights and protection "
                    "from the phenomenon of trafficking"
                ),
                "level": 2,
                "parent": "3.1",
                "lead": ["ASYLUM_DIR", "DKM", "QKPA", "KARREC", "GERHOT", "KAPSHTICE"],
                "contributing": ["NRM"],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "3.1.5",
                        "name": (
                            "Number of asylum seekers informed in languages they "
                            "understand about their rights and protection from the "
                            "phenomenon of trafficking"
                        ),
                        "unit": "asylum seekers",
                        "baseline": 100,
                        "baseline_year": 2020,
                        "targets": {2021: 100, 2022: 200, 2023: 300},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "campaign_reach",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "3.1.6",
                "title": (
                    "Increase social and economic opportunities for vulnerable groups "
                    "through integration measures under other policy documents (Roma "
                    "and Egyptians, children in street situations, education, "
                    "employment and skills, social housing)"
                ),
                "level": 2,
                "parent": "3.1",
                "lead": ["MHSP", "MFE", "MES"],
                "contributing": ["NJVQV", "RATC", "SSS", "CPU", "DVP", "NCASH"],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "3.1.6",
                        "name": (
                            "Number of persons belonging to vulnerable groups "
                            "integrated through education, employment, and social "
                            "inclusion"
                        ),
                        "unit": "people",
                        "baseline": None,
                        "baseline_year": 2020,
                        "targets": {2021: 0, 2022: None, 2023: None},
                        "target_notes": {
                            2022: "5% increase by calculated a baseline value",
                            2023: "10% increase by value of a calculated base line",
                        },
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "3.1.7",
                "title": (
                    "Establish a multifunctional centre in the north of the country, "
                    "with non-state partners, for reintegration and support of "
                    "vulnerable groups at risk of trafficking, including VT/PVT "
                    "(health, economic, vocational training services)"
                ),
                "level": 2,
                "parent": "3.1",
                "lead": ["MI"],
                "contributing": ["NJVQV", "ON", "NGO"],
                "start_year": 2022,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "3.1.7",
                        "name": (
                            "Multifunctional center set up and functional in the north "
                            "of the country"
                        ),
                        "unit": "centre",
                        "baseline": 0,
                        "baseline_year": 2020,
                        "targets": {2021: None, 2022: None, 2023: 1},
                        "target_notes": {2021: "-", 2022: "-"},
                        "counting": "cumulative",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "3.1.8",
                "title": (
                    "Training of members of Regional Committees and Technical "
                    "Roundtables Anti-trafficking and other actors at the local level "
                    "in 12 regions of the country"
                ),
                "level": 2,
                "parent": "3.1",
                "lead": ["MI"],
                "contributing": ["RATC", "TT", "NGO", "ON"],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "3.1.8",
                        "name": (
                            "Number of trained anti-trafficking actors. Sorted by: "
                            "members of Regional Committees; members of the "
                            "Anti-Trafficking Technical Tables; other anti-trafficking "
                            "actors"
                        ),
                        "unit": "people",
                        "baseline": 220,
                        "baseline_year": 2020,
                        "targets": {2021: 220, 2022: 440, 2023: 660},
                        "target_notes": {},
                        "counting": "cumulative",
                        "direction": "increase",
                        "breakdowns": ["profession", "region"],
                        "source": "training_unique_people",
                        "professions": [
                            "RATC_MEMBER",
                            "TECH_TABLE_MEMBER",
                            "LOCAL_AT_ACTOR",
                        ],
                    },
                ],
            },
            {
                "code": "3.1.9",
                "title": (
                    "Educational and advisory activities for journalists on the role "
                    "of the media in preventing trafficking as a serious violation of "
                    "human and labour rights (labour and economic exploitation of "
                    "children, begging, sexual exploitation, underage marriages)"
                ),
                "level": 2,
                "parent": "3.1",
                "lead": ["AMA"],
                "contributing": ["MI", "MRVLL", "JOURNALISTS_ASSOC", "NGO", "ON"],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "3.1.9-a",
                        "name": (
                            "Number of trained print and visual media journalists "
                            "(breakdown by visual and print media journalists)"
                        ),
                        "unit": "journalists",
                        "baseline": 30,
                        "baseline_year": 2020,
                        "targets": {2021: 30, 2022: 50, 2023: 70},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["profession", "gender"],
                        "source": "training_unique_people",
                        "professions": ["JOURNALIST_PRINT", "JOURNALIST_VISUAL"],
                    },
                    {
                        "code": "3.1.9-b",
                        "name": (
                            "Number of trainings with the participation of visual and "
                            "print media journalists developed, divided according to "
                            "training issues: 1. the role of the media in preventing "
                            "trafficking in persons; 2. presenting cases of "
                            "trafficking in the media and the right to privacy of "
                            "VT/PVT, especially minors"
                        ),
                        "unit": "trainings",
                        "baseline": 5,
                        "baseline_year": 2020,
                        "targets": {2021: 6, 2022: 7, 2023: 8},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["module"],
                        "source": "training_sessions",
                        "professions": ["JOURNALIST_PRINT", "JOURNALIST_VISUAL"],
                    },
                ],
            },
            {
                "code": "3.1.10",
                "title": (
                    "Conducting trainings/awareness meetings for journalists, on the "
                    "way of presenting cases of trafficking in the media and "
                    "respecting and guaranteeing the right to privacy of VT/VMT and "
                    "especially children as the most vulnerable category"
                ),
                "level": 2,
                "parent": "3.1",
                "lead": ["AMA"],
                "contributing": ["MRVLL", "JOURNALISTS_ASSOC", "NGO", "ON"],
                "start_year": 2022,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "3.1.10",
                        "name": (
                            "Number of journalists trained on how to present cases of "
                            "trafficking in the media and respect and guarantee the "
                            "right to privacy of VT/PVT and especially minors as the "
                            "most vulnerable category"
                        ),
                        "unit": "journalists",
                        "baseline": 30,
                        "baseline_year": 2020,
                        "targets": {2021: 30, 2022: 50, 2023: 70},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["profession"],
                        "source": "training_unique_people",
                        "professions": ["JOURNALIST_PRINT", "JOURNALIST_VISUAL"],
                    },
                ],
            },
            {
                "code": "3.1.11",
                "title": (
                    "Raise private sector awareness of businesses' role in preventing "
                    "trafficking in supply chains and supporting victims' recovery "
                    "(CoE CM/Rec(2016)3) and involve businesses in the reintegration "
                    "of VT/PVT"
                ),
                "level": 2,
                "parent": "3.1",
                "lead": ["MFE"],
                "contributing": ["MI"],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "3.1.11",
                        "name": (
                            "Number of businesses that have participated in measures "
                            "against trafficking in human beings. Sorted by: "
                            "preventive measures; measures for reintegration of victims"
                        ),
                        "unit": "businesses",
                        "baseline": 0,
                        "baseline_year": 2020,
                        "targets": {2021: 0, 2022: 3, 2023: 5},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "3.1.12",
                "title": (
                    "Development of information and educational activities in schools "
                    "regarding the phenomenon of trafficking, its negative effects, "
                    "ways of prevention and reporting and the importance of safe use "
                    "of the Internet by students"
                ),
                "level": 2,
                "parent": "3.1",
                "lead": ["MES"],
                "contributing": [
                    "MI",
                    "GDPUE",
                    "RATC",
                    "RA",
                    "NGO",
                    "ON",
                    "NJVQV",
                    "CPU",
                    "SCHOOL_PSS",
                ],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "3.1.12",
                        "name": (
                            "Number of students involved in information and "
                            "educational activities in schools"
                        ),
                        "unit": "pupils",
                        "baseline": 900,
                        "baseline_year": 2020,
                        "targets": {2021: 900, 2022: 1300, 2023: 1700},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["region", "gender"],
                        "source": "campaign_reach",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "3.1.13",
                "title": (
                    "Training of pre-university education staff (teachers, principals, "
                    "psychologists, social workers, support staff such as cleaners and "
                    "security guards) for the rigorous implementation of the SOP, "
                    "especially to identify child and young VT/PVT"
                ),
                "level": 2,
                "parent": "3.1",
                "lead": ["MES"],
                "contributing": ["MI", "AQAPUE", "SCHOOL_DIRECTORS", "NGO"],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "3.1.13",
                        "name": (
                            "Number of educational staff trained for rigorous "
                            "implementation of the SOP"
                        ),
                        "unit": "education staff",
                        "baseline": 450,
                        "baseline_year": 2020,
                        "targets": {2021: 200, 2022: 300, 2023: 450},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["profession", "region"],
                        "source": "training_unique_people",
                        "professions": [
                            "TEACHER",
                            "SCHOOL_PRINCIPAL",
                            "SCHOOL_PSYCHOLOGIST",
                            "SCHOOL_SOCIAL_WORKER",
                            "SCHOOL_SUPPORT_STAFF",
                        ],
                    },
                ],
            },
            {
                "code": "3.2.1",
                "title": (
                    "Improving and intensifying police cooperation through a more "
                    "active involvement in EMPACT operational action plans in the "
                    "fight against organized crime and according to the strategy"
                ),
                "level": 2,
                "parent": "3.2",
                "lead": ["GDSP"],
                "contributing": ["ON"],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "3.2.1",
                        "name": (
                            "Number of joint police actions carried out in the fight "
                            "against organized crime and according to the strategy"
                        ),
                        "unit": "actions",
                        "baseline": 1,
                        "baseline_year": 2020,
                        "targets": {2021: 1, 2022: 2, 2023: 3},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "3.2.2",
                "title": (
                    "Finalise the Memorandum of Cooperation between the National "
                    "Rapporteur on THB of Greece (MFA) and the National Coordinator of "
                    "Albania (MoI) on combating trafficking, protecting unaccompanied "
                    "children and assisted voluntary return"
                ),
                "level": 2,
                "parent": "3.2",
                "lead": ["MI"],
                "contributing": ["MEFA", "NRM"],
                "start_year": 2022,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "3.2.2",
                        "name": "Memorandum of Cooperation signed between the parties",
                        "unit": "memorandum",
                        "baseline": 0,
                        "baseline_year": 2020,
                        "targets": {2021: 0, 2022: 0, 2023: 1},
                        "target_notes": {},
                        "counting": "cumulative",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "3.2.3",
                "title": (
                    "Negotiation/implementation of special agreements/additional "
                    "protocols for cross-border cooperation related to the prevention "
                    "of trafficking in adults and minors (migrants, unaccompanied "
                    "children, VT/PVM, children at risk of trafficking)"
                ),
                "level": 2,
                "parent": "3.2",
                "lead": ["MI"],
                "contributing": ["MEFA", "GDSP", "DKM", "SACRP", "ON"],
                "start_year": 2021,
                "end_year": 2022,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "3.2.3",
                        "name": (
                            "Number of cases managed based on cross-border cooperation "
                            "related to the prevention of trafficking in adults and "
                            "minors (migrants, unaccompanied children, VT/PVT, "
                            "children at risk of trafficking)"
                        ),
                        "unit": "cases",
                        "baseline": 4,
                        "baseline_year": 2020,
                        "targets": {2021: 4, 2022: 6, 2023: None},
                        "target_notes": {2023: "-"},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "3.2.4",
                "title": (
                    "Seminars/trainings presenting the NAP 2021-2023 to all actors at "
                    "national, regional and local level: tasks and responsibilities, "
                    "guidance on drafting annual resource plans and monitoring plans"
                ),
                "level": 2,
                "parent": "3.2",
                "lead": ["MI"],
                "contributing": ["NRM", "RA", "NGO", "ON", "NJVQV"],
                "start_year": 2021,
                "end_year": 2022,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "3.2.4",
                        "name": (
                            "Number of public officials and other stakeholders "
                            "informed about the NAP 2021-2023 at national, regional "
                            "and local level"
                        ),
                        "unit": "people",
                        "baseline": 0,
                        "baseline_year": 2020,
                        "targets": {2021: 0, 2022: 500, 2023: None},
                        "target_notes": {2023: "-"},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["agency", "region"],
                        "source": "training_unique_people",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "3.2.5",
                "title": (
                    "Monitoring the National Action Plan for Combating Trafficking in "
                    "Persons and drafting periodic monitoring reports"
                ),
                "level": 2,
                "parent": "3.2",
                "lead": ["MI"],
                "contributing": ["SC", "NRM", "LINE_MINISTRIES", "ON", "NGO"],
                "start_year": 2022,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "3.2.5",
                        "name": (
                            "Number of monitoring reports on the implementation of the "
                            "Anti-Trafficking Action Plan drafted and published"
                        ),
                        "unit": "reports",
                        "baseline": 0,
                        "baseline_year": 2020,
                        "targets": {2021: 1, 2022: 2, 2023: 3},
                        "target_notes": {},
                        "counting": "cumulative",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "3.2.6",
                "title": (
                    "Ongoing update on the official UK website with actors and "
                    "projects/ measures taken in the field of anti-trafficking"
                ),
                "level": 2,
                "parent": "3.2",
                "lead": ["MI"],
                "contributing": ["NRM", "RA", "RATC", "NGO", "ON"],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "3.2.6",
                        "name": (
                            "Number of updates per year performed on the official "
                            "website of the ONAC"
                        ),
                        "unit": "updates",
                        "baseline": 5,
                        "baseline_year": 2020,
                        "targets": {2021: 5, 2022: 10, 2023: 15},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "3.2.7",
                "title": (
                    "Continuity of reporting by all implementing agencies to the UK on "
                    "their current and planned activities on the situation and "
                    "anti-trafficking activity"
                ),
                "level": 2,
                "parent": "3.2",
                "lead": ["MI"],
                "contributing": ["NRM", "RA", "RATC", "NGO", "ON"],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "3.2.7",
                        "name": (
                            "Reports by implementing agencies to the Ministry of "
                            "Interior on their current and planned activities. Divided "
                            "by: annual reports; measures taken in the field of "
                            "anti-trafficking"
                        ),
                        "unit": "reports",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {2021: None, 2022: None, 2023: None},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["agency"],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "3.2.8",
                "title": (
                    "Intensify the role of the VT/PVT Advisory Board, by providing "
                    "policy recommendations and programs for prevention, protection "
                    "and reintegration"
                ),
                "level": 2,
                "parent": "3.2",
                "lead": ["MI"],
                "contributing": ["NCASH"],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "3.2.8",
                        "name": (
                            "Periodic annual reports with recommendations of the "
                            "Advisory Board of VT/PVT"
                        ),
                        "unit": "reports",
                        "baseline": 0,
                        "baseline_year": 2020,
                        "targets": {2021: 1, 2022: 2, 2023: 3},
                        "target_notes": {},
                        "counting": "cumulative",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "3.2.9",
                "title": (
                    "Continuous organization of meetings with national coordination "
                    "groups to record the progress of the implementation of the NAP as "
                    "needed and drafting a monitoring report."
                ),
                "level": 2,
                "parent": "3.2",
                "lead": ["MI"],
                "contributing": ["SC", "NRM", "RATC", "ON"],
                "start_year": 2021,
                "end_year": 2023,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "3.2.9",
                        "name": (
                            "Number of meetings to record the progress of the "
                            "implementation of the NAP and drafting the monitoring "
                            "report. Sorted by: meetings with the State Committee "
                            "against Trafficking; meetings with national coordination "
                            "groups"
                        ),
                        "unit": "meetings",
                        "baseline": 0,
                        "baseline_year": 2020,
                        "targets": {2021: 0, 2022: 2, 2023: 4},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
        ],
    },
    {
        "code": "XK-NSAP-2011-2014",
        "country": "XK",
        "title": (
            "National Strategy and Action Plan against Trafficking in Human Beings "
            "2011-2014 (Kosovo)"
        ),
        "start_year": 2011,
        "end_year": 2014,
        "currency": "EUR",
        "level_names": ["Pillar", "Strategic goal", "Specific objective", "Activity"],
        "nodes": [
            {
                "code": "PREV",
                "title": "Prevention",
                "level": 0,
                "parent": None,
                "lead": ["NATC"],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PREV-1",
                "title": (
                    "Increase public awareness among the citizens of Kosovo and other "
                    "nationalities on the trafficking in human beings phenomenon"
                ),
                "level": 1,
                "parent": "PREV",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PREV-1.1",
                "title": (
                    "Raise public awareness on human trafficking phenomenon among the "
                    "most vulnerable groups (e.g. children, young people and women) "
                    "about trafficking issues"
                ),
                "level": 2,
                "parent": "PREV-1",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PREV-1.1.1",
                "title": (
                    "Develop thorough surveys to measure the level of awareness in "
                    "relation to trafficking in human beings awareness campaigns."
                ),
                "level": 3,
                "parent": "PREV-1.1",
                "lead": ["NATC", "IMWG", "MIA", "KP", "MCYS", "AGE"],
                "contributing": ["ON", "NGO", "EC"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": 24000,
                "indicators": [
                    {
                        "code": "PREV-1.1.1",
                        "name": (
                            "Number of questions formulated that encompasses the "
                            "survey. Number of surveys conducted in rural area of "
                            "Kosovo Number of surveys conducted in the urban area of "
                            "Kosovo Number of surveyed citizens. Impact report "
                            "compiled on the findings as a result of the conducted "
                            "surveys"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PREV-1.1.2",
                "title": (
                    "Conduct surveys in rural and urban areas on the level of "
                    "knowledge attained as a result of the anti-TIP awareness "
                    "campaigns organized in 2010"
                ),
                "level": 3,
                "parent": "PREV-1.1",
                "lead": ["NATC", "IMWG", "MIA", "KP", "MCYS", "AGE"],
                "contributing": ["ON", "NGO", "EC"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "PREV-1.1.2",
                        "name": (
                            "Number of questions formulated that encompasses the "
                            "survey. Number of surveys conducted in rural area of "
                            "Kosovo. Number of surveys conducted in the urban area of "
                            "Kosovo Number of surveyed citizens. Impact report "
                            "compiled on the findings as a result of the conducted "
                            "surveys"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PREV-1.1.3",
                "title": (
                    "Organize media campaigns to raise the awareness (debates, "
                    "roundtables, TV spots, information materials, artistic "
                    "activities, school activities, etc.) of the public throughout "
                    "each year."
                ),
                "level": 3,
                "parent": "PREV-1.1",
                "lead": ["NATC", "MIA", "MCYS", "MOJ", "MOH", "KP", "MTI", "AGE"],
                "contributing": ["NGO"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": 120000,
                "indicators": [
                    {
                        "code": "PREV-1.1.3",
                        "name": (
                            "Number of media programs featuring fight against THB. "
                            "Number of TV stations involved. Number of Radio stations "
                            "involved. Number of printed media involved"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PREV-1.1.4",
                "title": (
                    "Revise the existing informative and training materials, and the "
                    "development of the new ones and their dissemination."
                ),
                "level": 3,
                "parent": "PREV-1.1",
                "lead": ["NATC", "MIA", "KP", "MLGA", "MEST"],
                "contributing": ["ON", "NGO"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": 8000,
                "indicators": [
                    {
                        "code": "PREV-1.1.4",
                        "name": (
                            "Number of revised manuals; Number of revised informative "
                            "materials; Number of disseminated manuals and informative "
                            "materials; Number of location where the anti-TIP "
                            "materials were disseminated; Number of new developed "
                            "informative materials; Number of new developed manuals;"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PREV-1.2",
                "title": (
                    "Increase public awareness about legal sanctions related to "
                    "engaging in trafficking in human beings"
                ),
                "level": 2,
                "parent": "PREV-1",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PREV-1.2.1",
                "title": (
                    "Conduct awareness campaigns about legal consequences and "
                    "imprisonment sanctions of those engaging in the illegal acts of "
                    "trafficking with human beings for any form of exploitation."
                ),
                "level": 3,
                "parent": "PREV-1.2",
                "lead": ["NATC", "MIA", "MOJ", "KP", "KJC"],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": 8000,
                "indicators": [
                    {
                        "code": "PREV-1.2.1",
                        "name": (
                            "Type of awareness campaigns conducted (e.g. radio, TV "
                            "etc.); Number of awareness campaigns conducted; Number of "
                            "audience; Impact report compiled"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PREV-2",
                "title": (
                    "Improve efficiency in prevention of trafficking in all levels of "
                    "education"
                ),
                "level": 1,
                "parent": "PREV",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PREV-2.1",
                "title": (
                    "Enrich education curriculum with appropriate information on "
                    "prevention of trafficking"
                ),
                "level": 2,
                "parent": "PREV-2",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PREV-2.1.1",
                "title": (
                    "Informative sessions with the curriculum group on issues of "
                    "trafficking in order to prevent such phenomenon."
                ),
                "level": 3,
                "parent": "PREV-2.1",
                "lead": ["MEST", "IMWG"],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2011,
                "timeframe": "2011",
                "budget": 8000,
                "indicators": [
                    {
                        "code": "PREV-2.1.1",
                        "name": "Number of informative sessions",
                        "unit": "sessions",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "training_sessions",
                        "professions": ["EDUCATION_OFFICIAL"],
                    },
                ],
            },
            {
                "code": "PREV-2.1.2",
                "title": (
                    "Supply teaching aids on issues of trafficking to all educational "
                    "institutions (of all levels, including preschool), teachers, "
                    "pupils, students."
                ),
                "level": 3,
                "parent": "PREV-2.1",
                "lead": ["MEST", "MIA", "MCYS"],
                "contributing": ["NGO", "ON"],
                "start_year": 2012,
                "end_year": 2014,
                "timeframe": "2012-2014",
                "budget": 20000,
                "indicators": [
                    {
                        "code": "PREV-2.1.2",
                        "name": (
                            "Number of teaching aids distributed Number of beneficiary "
                            "institutions"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PREV-2.1.3",
                "title": "Train the teachers on using those teaching aids",
                "level": 3,
                "parent": "PREV-2.1",
                "lead": ["MEST"],
                "contributing": ["NGO", "ON"],
                "start_year": 2012,
                "end_year": 2014,
                "timeframe": "2012-2014",
                "budget": 10000,
                "indicators": [
                    {
                        "code": "PREV-2.1.3",
                        "name": "Number of teachers trained. Training modules",
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["region", "gender"],
                        "source": "training_participants",
                        "professions": ["TEACHER"],
                    },
                ],
            },
            {
                "code": "PREV-2.2",
                "title": (
                    "Increase the inclusion of vulnerable groups in informal education"
                ),
                "level": 2,
                "parent": "PREV-2",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PREV-2.2.1",
                "title": "Organize alternative ways of learning for vulnerable groups",
                "level": 3,
                "parent": "PREV-2.2",
                "lead": ["MEST", "MED", "MUNICIPALITIES"],
                "contributing": ["NGO", "ON"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "PREV-2.2.1",
                        "name": "Number of beneficiaries",
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PREV-2.2.2",
                "title": "Organize vocational training on culinary skills, tailoring,",
                "level": 3,
                "parent": "PREV-2.2",
                "lead": ["MEST", "MLSW", "MLGA"],
                "contributing": ["NGO", "ON"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "PREV-2.2.2",
                        "name": (
                            "Number of people employed. Number and type of training "
                            "courses"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PREV-2.3",
                "title": "Address effectively school dropout problem",
                "level": 2,
                "parent": "PREV-2",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PREV-2.3.1",
                "title": (
                    "Issue an Administrative Instruction for the establishment of "
                    "Teams for Prevention and Response against School Dropout (TPRSD)"
                ),
                "level": 3,
                "parent": "PREV-2.3",
                "lead": ["MEST", "MLSW"],
                "contributing": ["NGO", "ON"],
                "start_year": 2011,
                "end_year": 2011,
                "timeframe": "2011",
                "budget": None,
                "indicators": [
                    {
                        "code": "PREV-2.3.1",
                        "name": "Approved Administrative Instruction",
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PREV-2.3.2",
                "title": "Establishment of TPRSDs in school and municipal level",
                "level": 3,
                "parent": "PREV-2.3",
                "lead": ["MEST", "MED"],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2012,
                "timeframe": "2011-2012",
                "budget": None,
                "indicators": [
                    {
                        "code": "PREV-2.3.2",
                        "name": (
                            "Number of teams established in schools and municipalities"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PREV-2.3.3",
                "title": "Training of TPRSDs and providing them with working materials",
                "level": 3,
                "parent": "PREV-2.3",
                "lead": ["MEST", "MED"],
                "contributing": [],
                "start_year": 2012,
                "end_year": 2013,
                "timeframe": "2012-2013",
                "budget": 8000,
                "indicators": [
                    {
                        "code": "PREV-2.3.3",
                        "name": "Number of beneficiaries",
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["region"],
                        "source": "training_participants",
                        "professions": ["TPRSD_MEMBER"],
                    },
                ],
            },
            {
                "code": "PREV-3",
                "title": (
                    "Increase human resource capacities in the prevention of "
                    "trafficking and inter-institutional cooperation"
                ),
                "level": 1,
                "parent": "PREV",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PREV-3.1",
                "title": (
                    "Develop and advance capacities of state institutions in the "
                    "prevention of trafficking"
                ),
                "level": 2,
                "parent": "PREV-3",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PREV-3.1.1",
                "title": (
                    "Organize training sessions for municipal officials (for MHRU, "
                    "MED, MDH, MDCYS, DSW, labour, market and sanitary inspectorates, "
                    "social welfare workers, community police, etc.)"
                ),
                "level": 3,
                "parent": "PREV-3.1",
                "lead": ["MIA", "IMWG", "MLGA", "KIPA"],
                "contributing": ["ON", "NGO"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": 20000,
                "indicators": [
                    {
                        "code": "PREV-3.1.1",
                        "name": "Number of trainings Number of beneficiaries",
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["profession", "region"],
                        "source": "training_participants",
                        "professions": [
                            "MUNICIPAL_OFFICIAL",
                            "LABOUR_INSPECTOR",
                            "MARKET_INSPECTOR",
                            "SOCIAL_WORKER",
                            "POLICE_COMMUNITY",
                        ],
                    },
                ],
            },
            {
                "code": "PREV-3.1.2",
                "title": (
                    "Organize trainings for officials of central level institutions"
                ),
                "level": 3,
                "parent": "PREV-3.1",
                "lead": ["MIA", "IMWG"],
                "contributing": ["KIPA", "ON", "NGO"],
                "start_year": 2011,
                "end_year": 2012,
                "timeframe": "2011-2012",
                "budget": None,
                "indicators": [
                    {
                        "code": "PREV-3.1.2",
                        "name": "Number of trainings Number of beneficiaries",
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["agency"],
                        "source": "training_participants",
                        "professions": ["CENTRAL_OFFICIAL"],
                    },
                ],
            },
            {
                "code": "PREV-3.2",
                "title": (
                    "Increase the capacities of educational institutions in the "
                    "prevention of trafficking"
                ),
                "level": 2,
                "parent": "PREV-3",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PREV-3.2.1",
                "title": (
                    "Organize trainings for students' organizations within school."
                ),
                "level": 3,
                "parent": "PREV-3.2",
                "lead": ["MEST", "MIA", "IMWG", "MOH", "MOJ"],
                "contributing": ["ON", "NGO"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": 6000,
                "indicators": [
                    {
                        "code": "PREV-3.2.1",
                        "name": "Number of trainings Number of beneficiaries",
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["region", "gender"],
                        "source": "training_participants",
                        "professions": ["STUDENT_ORG"],
                    },
                ],
            },
            {
                "code": "PREV-3.2.2",
                "title": (
                    "Organize trainings for teachers of all levels of pre-university "
                    "education and school management about issues of trafficking"
                ),
                "level": 3,
                "parent": "PREV-3.2",
                "lead": ["MEST", "MIA", "IMWG", "MOH", "MOJ"],
                "contributing": ["ON", "NGO"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": 8000,
                "indicators": [
                    {
                        "code": "PREV-3.2.2",
                        "name": "Number of trainings Number of beneficiaries",
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["profession", "region"],
                        "source": "training_participants",
                        "professions": ["TEACHER", "SCHOOL_PRINCIPAL"],
                    },
                ],
            },
            {
                "code": "PREV-3.2.3",
                "title": (
                    "Organize trainings and information sessions with faculties of UP "
                    "dealing with teacher education"
                ),
                "level": 3,
                "parent": "PREV-3.2",
                "lead": ["MEST", "IMWG"],
                "contributing": ["ON", "NGO"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": 2000,
                "indicators": [
                    {
                        "code": "PREV-3.2.3",
                        "name": "Number of trainings Number of beneficiaries",
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "training_participants",
                        "professions": ["UNIVERSITY_LECTURER"],
                    },
                ],
            },
            {
                "code": "PREV-3.3",
                "title": (
                    "Increase the capacities of NGOs and non-formal groups in the "
                    "prevention of trafficking"
                ),
                "level": 2,
                "parent": "PREV-3",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PREV-3.3.1",
                "title": (
                    "Organize activities to increase the capacities of NGOs and "
                    "non-formal groups on the prevention of trafficking."
                ),
                "level": 3,
                "parent": "PREV-3.3",
                "lead": ["MCYS"],
                "contributing": ["NGO", "ON"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": 10000,
                "indicators": [
                    {
                        "code": "PREV-3.3.1",
                        "name": "Number and type of organized activities",
                        "unit": "sessions",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "training_sessions",
                        "professions": ["NGO_STAFF", "YOUTH_WORKER"],
                    },
                ],
            },
            {
                "code": "PREV-3.3.2",
                "title": (
                    'Organize the "National Crime Victim\'s Rights Week" in three '
                    "main cities as tribute to the victims of human trafficking and "
                    "other crimes."
                ),
                "level": 3,
                "parent": "PREV-3.3",
                "lead": ["NATC", "ATIPS", "KP", "MOJ", "MLSW"],
                "contributing": ["NGO"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": 12000,
                "indicators": [
                    {
                        "code": "PREV-3.3.2",
                        "name": (
                            "Number of cities where the event was organized; Number of "
                            "participants to these events; Impact assessment report "
                            "Number of the NCVRW conducted; Impact report compiled for "
                            "each event organized"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PREV-3.3.3",
                "title": (
                    "Improve the anti-TIP website in both Albanian and Serbian to "
                    "enable transparency and public outreach among Kosovo citizens."
                ),
                "level": 3,
                "parent": "PREV-3.3",
                "lead": ["NATC", "ATIPS", "MOPA"],
                "contributing": ["NGO", "ON"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": 4500,
                "indicators": [
                    {
                        "code": "PREV-3.3.3",
                        "name": "Updated anti-TIP website",
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PREV-3.4",
                "title": (
                    "Strengthen inter-institutional and community cooperation in the "
                    "prevention of trafficking"
                ),
                "level": 2,
                "parent": "PREV-3",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PREV-3.4.1",
                "title": (
                    "Conduct IMWG monthly meetings in order to share information and "
                    "coordinate the activities to combat trafficking."
                ),
                "level": 3,
                "parent": "PREV-3.4",
                "lead": ["NATC", "ATIPS", "IMWG"],
                "contributing": ["NGO", "ON"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "PREV-3.4.1",
                        "name": (
                            "12 working groups conducted per year; 12 working groups "
                            "minutes drafted per year and share with the implementers "
                            "in the Kosovo action plan, Number of policies drafted as "
                            "a result of the findings and lessons learned during these "
                            "sessions Annual impact report on the conducted working "
                            "groups."
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PREV-3.4.2",
                "title": (
                    "Enhance the Anti-TIP Secretariat's efficiency by increasing the "
                    "number of members."
                ),
                "level": 3,
                "parent": "PREV-3.4",
                "lead": ["NATC"],
                "contributing": ["ON"],
                "start_year": 2011,
                "end_year": 2011,
                "timeframe": "2011",
                "budget": None,
                "indicators": [
                    {
                        "code": "PREV-3.4.2",
                        "name": "Two members joint the Anti-TIP Secretariat",
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PREV-3.4.3",
                "title": (
                    "Community information sessions on preventing trafficking in human "
                    "beings (who should they report to, who should be asked for help, "
                    "trafficking, etc.)"
                ),
                "level": 3,
                "parent": "PREV-3.4",
                "lead": ["NATC", "IMWG"],
                "contributing": ["NGO", "ON"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "PREV-3.4.3",
                        "name": (
                            "Number of information sessions Number of beneficiaries"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROT",
                "title": "Protection",
                "level": 0,
                "parent": None,
                "lead": ["NATC"],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PROT-1",
                "title": (
                    "Improve identification and referral of victims of trafficking in "
                    "human beings"
                ),
                "level": 1,
                "parent": "PROT",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PROT-1.1",
                "title": (
                    "Referring and identification of victims of trafficking in human "
                    "beings"
                ),
                "level": 2,
                "parent": "PROT-1",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PROT-1.1.1",
                "title": (
                    "Review and update of the existing Standard Operational Procedures "
                    "(SOP), and Minimum Standards of Care for the Victims of "
                    "Trafficking (MSCVT), as well as coming up with new recommendations"
                ),
                "level": 3,
                "parent": "PROT-1.1",
                "lead": ["NATC", "MIA", "MOJ", "MLSW", "MOH"],
                "contributing": ["NGO", "ON", "OSCE", "IOM"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROT-1.1.1",
                        "name": "SOP impact report Recommendations Intervention plan",
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROT-1.1.2",
                "title": (
                    "Organize information sessions on existing procedures (SOP and "
                    "MSCVT)"
                ),
                "level": 3,
                "parent": "PROT-1.1",
                "lead": ["NATC", "MIA", "MOJ", "MLSW", "MOH"],
                "contributing": ["NGO", "ON", "OSCE"],
                "start_year": 2011,
                "end_year": 2011,
                "timeframe": "2011",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROT-1.1.2",
                        "name": (
                            "Number and types of workshop held related to the "
                            "implementation and progress of SOP and MSCVT"
                        ),
                        "unit": "sessions",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["agency", "module"],
                        "source": "training_sessions",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROT-1.1.3",
                "title": "Monitor and assess the implementation of SOP and MSCVT",
                "level": 3,
                "parent": "PROT-1.1",
                "lead": ["NATC", "ATIPS"],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": 2000,
                "indicators": [
                    {
                        "code": "PROT-1.1.3",
                        "name": "Monitoring and Assessment Report",
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROT-1.1.4",
                "title": "Training relevant stakeholders employing SOP",
                "level": 3,
                "parent": "PROT-1.1",
                "lead": ["NATC", "ATIPS"],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2011,
                "timeframe": "2011",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROT-1.1.4",
                        "name": (
                            "Number of trainings Number of participants attending "
                            "those trainings"
                        ),
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["agency", "profession"],
                        "source": "training_participants",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROT-1.2",
                "title": (
                    "Increase institutional capacities for identification of victims "
                    "of trafficking"
                ),
                "level": 2,
                "parent": "PROT-1",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PROT-1.2.1",
                "title": (
                    "Increase the number of operators of the Helpline for victims of "
                    "trafficking and victims of other crimes."
                ),
                "level": 3,
                "parent": "PROT-1.2",
                "lead": ["NATC", "MOJ", "MIA", "MOH"],
                "contributing": ["OSCE", "NGO", "ON"],
                "start_year": 2011,
                "end_year": 2012,
                "timeframe": "2011 – 2012",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROT-1.2.1",
                        "name": (
                            "Number of operators handling the Helpline phone calls."
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROT-1.2.2",
                "title": (
                    "Train the helpline operators on communicating skills over the "
                    "phone with victims of trafficking and victims of any crime and "
                    "handling stress."
                ),
                "level": 3,
                "parent": "PROT-1.2",
                "lead": ["NATC", "MOJ", "MIA", "MOH"],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2012,
                "timeframe": "2011 – 2012",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROT-1.2.2",
                        "name": (
                            "Number of VOTs identified Number of VOTs referred to KP "
                            "and shelter providers"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROT-1.2.3",
                "title": (
                    "Draft the Helpline Operator job description and policies on "
                    "reporting and recording the data for statistical purpose"
                ),
                "level": 3,
                "parent": "PROT-1.2",
                "lead": ["NATC", "MOJ", "MIA", "MOH"],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2012,
                "timeframe": "2011 - 2012",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROT-1.2.3",
                        "name": (
                            "Terms of Reference drafted; Helpline Log Sheet developed"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROT-1.2.4",
                "title": (
                    "Building and strengthening the communication assistance line "
                    "(SOS) with professional staff"
                ),
                "level": 3,
                "parent": "PROT-1.2",
                "lead": ["NATC", "MOJ", "MIA"],
                "contributing": ["OSCE", "NGO", "ON"],
                "start_year": 2012,
                "end_year": 2012,
                "timeframe": "2012",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROT-1.2.4",
                        "name": (
                            "Helpline is functional Staff hired Number of helpline "
                            "telephones"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROT-1.2.5",
                "title": "Organize training sessions for SOS Helpline operators.",
                "level": 3,
                "parent": "PROT-1.2",
                "lead": ["NATC", "MOJ", "MIA"],
                "contributing": ["OSCE", "ON"],
                "start_year": 2011,
                "end_year": 2012,
                "timeframe": "2011 – 2012",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROT-1.2.5",
                        "name": (
                            "Number of staff attending trainings Number of trainings "
                            "held"
                        ),
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "training_participants",
                        "professions": ["HOTLINE_OPERATOR"],
                    },
                ],
            },
            {
                "code": "PROT-1.2.6",
                "title": (
                    "Advertise the Helpline to the general public through mass-media."
                ),
                "level": 3,
                "parent": "PROT-1.2",
                "lead": ["NATC", "MOJ", "MIA", "MLSW", "MOH", "MEST"],
                "contributing": ["MEDIA_XK"],
                "start_year": 2011,
                "end_year": 2012,
                "timeframe": "2011 - 2012",
                "budget": 4000,
                "indicators": [
                    {
                        "code": "PROT-1.2.6",
                        "name": "Number and type of advertisement of the Helpline",
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROT-1.2.7",
                "title": (
                    "Train different stakeholders involved in THB related to "
                    "identification of Victims of Trafficking."
                ),
                "level": 3,
                "parent": "PROT-1.2",
                "lead": ["NATC", "MIA", "MOJ"],
                "contributing": ["ON", "NGO"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011 - 2014",
                "budget": 8000,
                "indicators": [
                    {
                        "code": "PROT-1.2.7",
                        "name": "Number of trainings conducted and participants.",
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["agency", "profession"],
                        "source": "training_participants",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROT-2",
                "title": (
                    "Successful coordination and cooperation and quality services for "
                    "victims of trafficking"
                ),
                "level": 1,
                "parent": "PROT",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PROT-2.1",
                "title": "Advance the overall legal framework",
                "level": 2,
                "parent": "PROT-2",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PROT-2.1.1",
                "title": (
                    "Evaluate existing legal framework to identify legal gaps related "
                    "to services for the victims of trafficking"
                ),
                "level": 3,
                "parent": "PROT-2.1",
                "lead": [
                    "NATC",
                    "MLSW",
                    "MIA",
                    "MEST",
                    "MLGA",
                    "MOH",
                    "MOJ",
                    "MTI",
                    "MCYS",
                ],
                "contributing": ["NGO", "ON"],
                "start_year": 2011,
                "end_year": 2012,
                "timeframe": "2011 - 2012",
                "budget": 2000,
                "indicators": [
                    {
                        "code": "PROT-2.1.1",
                        "name": (
                            "Evaluation report Presentation of the findings and "
                            "recommendations Plan for further actions"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROT-2.1.2",
                "title": (
                    "Revise and amend the existing laws, drafting bylaws related to "
                    "services for the victims of trafficking"
                ),
                "level": 3,
                "parent": "PROT-2.1",
                "lead": ["NATC", "MLSW", "MIA", "MEST", "MLGA", "MOH", "MOJ"],
                "contributing": ["NGO", "ON"],
                "start_year": 2011,
                "end_year": 2012,
                "timeframe": "2011 - 2012",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROT-2.1.2",
                        "name": (
                            "Number of amendments and bylaws approved due to this "
                            "revision"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROT-2.1.3",
                "title": (
                    "Sign a joint Memorandum of Understanding between MoJ, Kosovo "
                    "Judicial Council and Kosovo Prosecutorial Council in order to "
                    "prioritize court cases dealing with trafficking in human beings"
                ),
                "level": 3,
                "parent": "PROT-2.1",
                "lead": ["MOJ", "NATC", "KJC", "KPC"],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2013,
                "timeframe": "2011 - 2013",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROT-2.1.3",
                        "name": "MoU signed",
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROT-2.1.4",
                "title": (
                    "Sign a joint Cooperation Agreement between MoH, MoJ, NATC and "
                    "partner NGOs related to free health services for the victims of "
                    "trafficking"
                ),
                "level": 3,
                "parent": "PROT-2.1",
                "lead": ["MOH", "NATC", "MOJ"],
                "contributing": ["NGO"],
                "start_year": 2011,
                "end_year": 2013,
                "timeframe": "2011 - 2013",
                "budget": 4000,
                "indicators": [
                    {
                        "code": "PROT-2.1.4",
                        "name": "CA signed",
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROT-2.2",
                "title": (
                    "Strengthen the referral mechanism, increase institutional "
                    "capacities and ensure sustainable services to victims of "
                    "trafficking"
                ),
                "level": 2,
                "parent": "PROT-2",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PROT-2.2.1",
                "title": (
                    "Government support for the structures that provide services to "
                    "the victims of trafficking"
                ),
                "level": 3,
                "parent": "PROT-2.2",
                "lead": [
                    "NATC",
                    "MIA",
                    "MLSW",
                    "MEST",
                    "MLGA",
                    "MOH",
                    "MOJ",
                    "MTI",
                    "MCYS",
                ],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2011,
                "timeframe": "2011",
                "budget": 40000,
                "indicators": [
                    {
                        "code": "PROT-2.2.1",
                        "name": (
                            "Funds in (000). The level of government financial support "
                            "increased for these structures"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROT-2.2.2",
                "title": "Building of a high level security shelter",
                "level": 3,
                "parent": "PROT-2.2",
                "lead": ["NATC", "MOJ"],
                "contributing": ["EC"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": 2100000,
                "indicators": [
                    {
                        "code": "PROT-2.2.2",
                        "name": (
                            "Quality services and the number of accommodated victims"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROT-2.3",
                "title": (
                    "Ensure sustainable and long-term services to victims of "
                    "trafficking"
                ),
                "level": 2,
                "parent": "PROT-2",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PROT-2.3.1",
                "title": (
                    "Licensing social service providers and non-government "
                    "organizations that provide social services (TV)"
                ),
                "level": 3,
                "parent": "PROT-2.3",
                "lead": ["MLSW", "DSW", "MIA", "KP", "MOH"],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2013,
                "timeframe": "2011 -2013",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROT-2.3.1",
                        "name": (
                            "Number of licensed service providers Number of licensed "
                            "NGOs providing social services"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROT-2.3.2",
                "title": (
                    "Provide psychosocial counselling services for families of local "
                    "victims of trafficking"
                ),
                "level": 3,
                "parent": "PROT-2.3",
                "lead": ["MLSW", "MOH"],
                "contributing": ["NGO"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011 -2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROT-2.3.2",
                        "name": (
                            "Number of family member of victims of trafficking "
                            "receiving such counselling services"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROT-3",
                "title": "Sustainable reintegration of victims of trafficking",
                "level": 1,
                "parent": "PROT",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PROT-3.1",
                "title": (
                    "Improve long-term reintegration services for victims of "
                    "trafficking"
                ),
                "level": 2,
                "parent": "PROT-3",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PROT-3.1.1",
                "title": (
                    "Provide rehabilitation services/health and psychosocial care, as "
                    "well as shelter for the victims of trafficking"
                ),
                "level": 3,
                "parent": "PROT-3.1",
                "lead": ["MLSW", "MOH", "NATC"],
                "contributing": ["NGO"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": 150000,
                "indicators": [
                    {
                        "code": "PROT-3.1.1",
                        "name": (
                            "Number of victims of trafficking receiving rehabilitation "
                            "services"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROT-3.1.2",
                "title": (
                    "Provide free services and legal counselling for the victims of "
                    "trafficking, as well as providing free legal protection for those "
                    "victims"
                ),
                "level": 3,
                "parent": "PROT-3.1",
                "lead": ["MOJ", "VAAD"],
                "contributing": ["FREE_LEGAL_AID", "NGO"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROT-3.1.2",
                        "name": (
                            "Number of victims of trafficking receiving legal services"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROT-3.1.3",
                "title": "Provide educational services for victims of trafficking",
                "level": 3,
                "parent": "PROT-3.1",
                "lead": ["NATC", "MLSW", "MEST"],
                "contributing": ["NGO"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROT-3.1.3",
                        "name": (
                            "Number of victims of trafficking receiving educational "
                            "service"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROT-3.1.4",
                "title": "Provide vocational training for victims of trafficking",
                "level": 3,
                "parent": "PROT-3.1",
                "lead": ["NATC", "MEST", "MTI", "MLSW"],
                "contributing": ["NGO"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROT-3.1.4",
                        "name": (
                            "Number of victims of trafficking receiving vocational "
                            "trainings"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROT-3.1.5",
                "title": (
                    "Provide equal opportunities to employment services for the "
                    "victims of trafficking"
                ),
                "level": 3,
                "parent": "PROT-3.1",
                "lead": ["MLSW", "MEST"],
                "contributing": ["NGO"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROT-3.1.5",
                        "name": (
                            "Number of victims of trafficking receiving employment "
                            "services"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROT-3.1.6",
                "title": (
                    "Mediation services for returning and dignified reception of "
                    "victims of trafficking in the family and society"
                ),
                "level": 3,
                "parent": "PROT-3.1",
                "lead": ["MLSW", "NATC"],
                "contributing": ["NGO"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROT-3.1.6",
                        "name": (
                            "Number of victims of trafficking receiving reintegration "
                            "services"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROT-3.1.7",
                "title": "Economic empowering of the victims of trafficking",
                "level": 3,
                "parent": "PROT-3.1",
                "lead": ["MEF", "NATC", "MLSW", "MLGA", "MTI"],
                "contributing": ["NGO", "ON"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011 - 2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROT-3.1.7",
                        "name": (
                            "Number of victims of trafficking receiving relevant "
                            "services"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROT-3.2",
                "title": (
                    "Coordination and alignment of repatriation services for foreign "
                    "victims of trafficking"
                ),
                "level": 2,
                "parent": "PROT-3",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PROT-3.2.1",
                "title": (
                    "Provide repatriation services for foreign victims of trafficking"
                ),
                "level": 3,
                "parent": "PROT-3.2",
                "lead": ["NATC", "MIA", "KP", "MOJ", "MLSW", "MFA", "ON"],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011 - 2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROT-3.2.1",
                        "name": (
                            "Numri viktimave të huaja të cilat janë riatdhesuar gjatë "
                            "kësaj periudhe."
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROT-3.3",
                "title": (
                    "Coordination and alignment of services for relocation to third "
                    "countries for victims of trafficking included in the protected "
                    "witnesses program"
                ),
                "level": 2,
                "parent": "PROT-3",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PROT-3.3.1",
                "title": (
                    "Establish contacts and cooperation with international "
                    "governmental and non-governmental organizations in third "
                    "countries for relocation of victims of trafficking in the quality "
                    "of protected witnesses"
                ),
                "level": 3,
                "parent": "PROT-3.3",
                "lead": ["NATC", "MOJ", "MIA", "KP", "KJC", "KPC"],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011 - 2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROT-3.3.1",
                        "name": (
                            "Number of victims of trafficking included in this program "
                            "and their relocation in third countries"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "INV",
                "title": "Investigation and Prosecution",
                "level": 0,
                "parent": None,
                "lead": ["NATC"],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "INV-1",
                "title": (
                    "Improve investigative methods in order to increase the efficiency "
                    "to combat trafficking in human beings"
                ),
                "level": 1,
                "parent": "INV",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "INV-1.1",
                "title": (
                    "Review and amend the legal framework pertaining to trafficking in "
                    "persons"
                ),
                "level": 2,
                "parent": "INV-1",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "INV-1.1.1",
                "title": (
                    "Development of a full study on legal framework related to the "
                    "area of combating trafficking in human beings"
                ),
                "level": 3,
                "parent": "INV-1.1",
                "lead": ["MOJ", "NATC", "ATIPS", "KPC", "KJI", "MIA", "KP"],
                "contributing": ["NGO", "ON"],
                "start_year": 2011,
                "end_year": 2012,
                "timeframe": "2011-2012",
                "budget": None,
                "indicators": [
                    {
                        "code": "INV-1.1.1",
                        "name": (
                            "Identification of legal gaps in the area of combating "
                            "trafficking in human beings"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "INV-1.1.2",
                "title": (
                    "Based on the findings of the above-mentioned study, legal actions "
                    "to be taken against trafficking or improving by laws or specific "
                    "anti-trafficking legal framework"
                ),
                "level": 3,
                "parent": "INV-1.1",
                "lead": ["MOJ", "NATC", "ATIPS", "KPC", "KJI", "MIA", "KP"],
                "contributing": ["NGO", "ON"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "INV-1.1.2",
                        "name": (
                            "Improvement of legal framework in compliance with the "
                            "international one"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "INV-1.1.3",
                "title": (
                    "Revision and amendments of the Criminal Code and of the Criminal "
                    "Procedure Code"
                ),
                "level": 3,
                "parent": "INV-1.1",
                "lead": ["MOJ", "MIA", "KJC", "KPC", "ASSEMBLY"],
                "contributing": ["ON"],
                "start_year": 2011,
                "end_year": 2012,
                "timeframe": "2011-2012",
                "budget": None,
                "indicators": [
                    {
                        "code": "INV-1.1.3",
                        "name": "Number of articles/codes altered and amended",
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "INV-1.1.4",
                "title": "Organize workshop in punishing the demand for prostitution",
                "level": 3,
                "parent": "INV-1.1",
                "lead": ["MIA", "MOJ", "KJC"],
                "contributing": [],
                "start_year": None,
                "end_year": None,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "INV-1.1.4",
                        "name": (
                            "The new statute on “Solicitation for purpose of "
                            "prostitution” was inserted in the criminal code or in the "
                            "Law Public Safety and Peace"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "INV-1.1.5",
                "title": (
                    "Adoption of the law on protection of injured persons, witnesses "
                    "and cooperating witnesses"
                ),
                "level": 3,
                "parent": "INV-1.1",
                "lead": ["MOJ", "MIA", "KJC", "KPC", "ASSEMBLY"],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2012,
                "timeframe": "2011-2012",
                "budget": None,
                "indicators": [
                    {
                        "code": "INV-1.1.5",
                        "name": "Number of articles .",
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "INV-1.2",
                "title": (
                    "Increase institutional capacities (police, prosecution and "
                    "courts) to use such investigation methods"
                ),
                "level": 2,
                "parent": "INV-1",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "INV-1.2.1",
                "title": (
                    "Equipping officials dealing with investigation on THB with "
                    "necessary tools and mechanisms to combat trafficking"
                ),
                "level": 3,
                "parent": "INV-1.2",
                "lead": ["MIA", "KP", "KPC", "KJC"],
                "contributing": ["ON", "EC"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011 – 2014",
                "budget": 250000,
                "indicators": [
                    {
                        "code": "INV-1.2.1",
                        "name": (
                            "Number and type of equipment used in combating "
                            "trafficking in human beings"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "INV-1.2.2",
                "title": (
                    "Publication and dissemination of manuals and informative "
                    "brochures on trafficking in persons."
                ),
                "level": 3,
                "parent": "INV-1.2",
                "lead": ["MIA", "KP", "KPC", "KJC", "COURTS", "PROS_OFFICES"],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011 – 2014",
                "budget": 4000,
                "indicators": [
                    {
                        "code": "INV-1.2.2",
                        "name": "Number of publications",
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "INV-1.2.3",
                "title": (
                    "Increase the number of recruited, vetted and appointed human "
                    "trafficking investigators within the Directorate of Organized "
                    "Crime."
                ),
                "level": 3,
                "parent": "INV-1.2",
                "lead": ["KP"],
                "contributing": [],
                "start_year": None,
                "end_year": None,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "INV-1.2.3",
                        "name": (
                            "Number of new officers assigned to human trafficking "
                            "section versus last years' employment requirements. "
                            "Number of females officers assigned to human trafficking "
                            "section; Number of Serbian KP officers assigned to human "
                            "trafficking."
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "INV-1.2.4",
                "title": (
                    "Specialize the Judges and Prosecutors on the crime of trafficking "
                    "in human beings."
                ),
                "level": 3,
                "parent": "INV-1.2",
                "lead": ["KJC", "KPC"],
                "contributing": ["ICITAP"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "INV-1.2.4",
                        "name": "Number of judges and prosecutors specialized in THB",
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "INV-1.2.5",
                "title": (
                    "Conduct an assessment regarding the logistic needs necessary to "
                    "judiciary in performing the day-to-day duties."
                ),
                "level": 3,
                "parent": "INV-1.2",
                "lead": ["MOJ", "COURTS", "PROS_OFFICES"],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2012,
                "timeframe": "2011-2012",
                "budget": None,
                "indicators": [
                    {
                        "code": "INV-1.2.5",
                        "name": (
                            "Number of logistic needs assessment conducted Number of "
                            "logistic needs assessment conducted in each Court. Number "
                            "of assessment reports drafted"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "INV-1.2.6",
                "title": (
                    "Conduct informative sessions on legal matters related to victims' "
                    "rights and the role of the victims' advocates"
                ),
                "level": 3,
                "parent": "INV-1.2",
                "lead": ["MOJ", "KJI", "SPRK"],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011 - 2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "INV-1.2.6",
                        "name": (
                            "Number of informative sessions conducted. Number of "
                            "prosecutors attended; Number of judges attended;"
                        ),
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["profession"],
                        "source": "training_participants",
                        "professions": ["PROSECUTOR", "JUDGE"],
                    },
                ],
            },
            {
                "code": "INV-1.2.7",
                "title": (
                    "Increase the number of specialized prosecutors and judges on "
                    "human trafficking violations"
                ),
                "level": 3,
                "parent": "INV-1.2",
                "lead": ["MOJ", "KPC", "KJC", "KP"],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011 - 2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "INV-1.2.7",
                        "name": (
                            "Number of police, prosecutors, judges specialized on "
                            "human trafficking cases"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "INV-1.3",
                "title": (
                    "Coordination and cooperation among the Police, Prosecution, "
                    "Courts, Customs, Tax Administration, respective Inspectorates"
                ),
                "level": 2,
                "parent": "INV-1",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "INV-1.3.1",
                "title": (
                    "Enhance the multi-agency approach when tackling human trafficking "
                    "crimes and organized crime."
                ),
                "level": 3,
                "parent": "INV-1.3",
                "lead": ["KPC", "KP", "BP", "XK_CUSTOMS", "TAK"],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "INV-1.3.1",
                        "name": (
                            "Number of referred cases from Customs to KP; NGOs to KP "
                            "and vice versa; TAK and KP; Border Police and KP"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "INV-1.3.2",
                "title": (
                    "Establish mandatory reporting procedures of the outcomes of each "
                    "prosecuted human trafficking case."
                ),
                "level": 3,
                "parent": "INV-1.3",
                "lead": ["KPC", "KJC", "KP"],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011- 2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "INV-1.3.2",
                        "name": (
                            "Monthly reports on convictions are shared with KP on all "
                            "the cases that were received from KP;"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "INV-1.3.3",
                "title": (
                    "Establish policies and procedure on cooperation, share of "
                    "information and referral mechanism between Customs, KP, Tax "
                    "Administration; BP and NGOs"
                ),
                "level": 3,
                "parent": "INV-1.3",
                "lead": ["KP", "XK_CUSTOMS", "TAK", "NGO"],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011- 2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "INV-1.3.3",
                        "name": (
                            "Established policies and procedures on cooperation share "
                            "of information and referral mechanism,"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "INV-1.3.4",
                "title": (
                    "Establish mandatory 'visits' for the prosecutors handling human "
                    "trafficking cases of the human trafficking investigators at least "
                    "twice per week at the Police Station to ensure quality and "
                    "control of the cases."
                ),
                "level": 3,
                "parent": "INV-1.3",
                "lead": ["KPC", "PROS_OFFICES"],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011 - 2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "INV-1.3.4",
                        "name": (
                            "The assigned TIP prosecutors conduct 2 consultative "
                            "sessions with the THB investigators on KP grounds."
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "INV-1.3.5",
                "title": (
                    "Regular meeting with the Department of Citizenship, Asylum and "
                    "Migration (MIA) and with the Department of Labour and Employment "
                    "(MLSW)"
                ),
                "level": 3,
                "parent": "INV-1.3",
                "lead": ["MIA", "NATC", "KP", "MLSW"],
                "contributing": [],
                "start_year": None,
                "end_year": None,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "INV-1.3.6",
                "title": (
                    "Training of KP on the new amendments of the Criminal Code and "
                    "Procedural Code"
                ),
                "level": 3,
                "parent": "INV-1.3",
                "lead": ["KJI", "KP", "PROS_OFFICES"],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": 8000,
                "indicators": [
                    {
                        "code": "INV-1.3.6",
                        "name": (
                            "Number of prosecutors trained on the new CP and CPC "
                            "amendments."
                        ),
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["profession"],
                        "source": "training_participants",
                        "professions": [
                            "PROSECUTOR",
                            "POLICE_INVESTIGATOR",
                            "POLICE_OFFICER",
                        ],
                    },
                ],
            },
            {
                "code": "INV-2",
                "title": (
                    "Strengthen and develop cooperation with other states and "
                    "international organizations to combat trafficking in human beings"
                ),
                "level": 1,
                "parent": "INV",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "INV-2.1",
                "title": (
                    "Cooperate with other states and international organizations, "
                    "Interpol/Europol/Eurojust/Seci/Frontex, for joint investigations"
                ),
                "level": 2,
                "parent": "INV-2",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "INV-2.1.1",
                "title": (
                    "Sharing of information related to joint investigations in cases "
                    "when trafficking tends to be of a transnational criminal nature"
                ),
                "level": 3,
                "parent": "INV-2.1",
                "lead": ["MIA", "MOJ", "KPC", "KJC", "KP"],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011 - 2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "INV-2.1.1",
                        "name": "Number of joint investigations conducted.",
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "INV-2.1.2",
                "title": (
                    "Creating a reporting model to facilitate transnational "
                    "operational cooperation between countries of destination, origin "
                    "and transit, supporting the Transnational Referral Mechanism, "
                    "with emphasis on children and forced labour"
                ),
                "level": 3,
                "parent": "INV-2.1",
                "lead": ["MIA", "MOJ", "KPC", "KJC", "KP"],
                "contributing": ["ICMPD"],
                "start_year": 2011,
                "end_year": 2012,
                "timeframe": "2011-2012",
                "budget": None,
                "indicators": [
                    {
                        "code": "INV-2.1.2",
                        "name": "Report",
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "INV-2.1.3",
                "title": (
                    "Participation in cross-regional workshops in order to strengthen "
                    "transnational referral mechanism"
                ),
                "level": 3,
                "parent": "INV-2.1",
                "lead": ["MIA", "MOJ", "KPC", "KJC", "KP"],
                "contributing": ["ON", "ICMPD"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "INV-2.1.3",
                        "name": (
                            "Number of cross-regional workshops attended, reporting"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "INV-2.1.4",
                "title": (
                    "Continue lobbying to seek SECI, EUROPOL, INTERPOL and EUROJUST "
                    "membership"
                ),
                "level": 3,
                "parent": "INV-2.1",
                "lead": ["MIA", "KP"],
                "contributing": [],
                "start_year": None,
                "end_year": None,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "INV-2.1.4",
                        "name": (
                            "Number of negotiations/contacts made; Steps towards SECI "
                            "membership were established. Policies were updated and/or "
                            "established; MOU endorsed."
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "INV-2.1.5",
                "title": (
                    "Membership of Kosovo Police in international organizations, such "
                    "as Interpol, Europol, etc."
                ),
                "level": 3,
                "parent": "INV-2.1",
                "lead": ["MIA", "KP"],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2012,
                "timeframe": "2011-2012",
                "budget": None,
                "indicators": [
                    {
                        "code": "INV-2.1.5",
                        "name": "Membership",
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "INV-2.1.6",
                "title": (
                    "Training of police, prosecution and court members for the "
                    "implementation of transnational referral mechanisms"
                ),
                "level": 3,
                "parent": "INV-2.1",
                "lead": ["MIA", "MOJ", "KPC", "KJC", "KP"],
                "contributing": ["ON"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "INV-2.1.6",
                        "name": (
                            "Number of trainings organized Number of participants in "
                            "the trainings"
                        ),
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["agency", "profession"],
                        "source": "training_participants",
                        "professions": [
                            "POLICE_INVESTIGATOR",
                            "POLICE_OFFICER",
                            "PROSECUTOR",
                            "JUDGE",
                            "COURT_STAFF",
                        ],
                    },
                ],
            },
            {
                "code": "INV-2.1.7",
                "title": (
                    "Work meeting in certain targeted EU countries in order to "
                    "strengthen future cooperation related to trafficking in person "
                    "outside South Eastern Europe"
                ),
                "level": 3,
                "parent": "INV-2.1",
                "lead": ["MIA", "KP", "MOJ", "KJC", "KJI", "KPC"],
                "contributing": ["ON"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": 32000,
                "indicators": [
                    {
                        "code": "INV-2.1.7",
                        "name": "Number of trainings. Number of participants",
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["agency"],
                        "source": "training_participants",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "INV-2.1.8",
                "title": (
                    "Develop procedures for returning-receiving of victims and "
                    "extradition of traffickers pursuant to international procedures"
                ),
                "level": 3,
                "parent": "INV-2.1",
                "lead": ["MIA", "MOJ", "KPC", "KJC", "KP"],
                "contributing": ["ON"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": 5000,
                "indicators": [
                    {
                        "code": "INV-2.1.8",
                        "name": "Number of returned/received and of those extradited.",
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "INV-2.1.9",
                "title": (
                    "Organize meeting with representatives of countries of origin and "
                    "destination of the victims of trafficking"
                ),
                "level": 3,
                "parent": "INV-2.1",
                "lead": ["MIA", "MOJ", "KPC", "KJC", "KP"],
                "contributing": ["ON"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": 40000,
                "indicators": [
                    {
                        "code": "INV-2.1.9",
                        "name": "Number of meetings held",
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "INV-3",
                "title": (
                    "Increase the efficiency of Police, Prosecution and Courts to "
                    "investigate and convict trafficking perpetrators"
                ),
                "level": 1,
                "parent": "INV",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "INV-3.1",
                "title": "Increase the capacities of Police, Prosecution and Courts",
                "level": 2,
                "parent": "INV-3",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "INV-3.1.1",
                "title": (
                    "Supplying the Prosecution, Courts and Police with advanced "
                    "logistic equipment in order to improve the efficiency of "
                    "investigation and court procedures."
                ),
                "level": 3,
                "parent": "INV-3.1",
                "lead": ["MIA", "MOJ", "KPC", "KJC", "KP"],
                "contributing": ["EC", "WSSI"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011 - 2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "INV-3.1.1",
                        "name": "Number of specialized equipment",
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "INV-3.1.2",
                "title": "Filling up positions in Prosecution, Police and Courts.",
                "level": 3,
                "parent": "INV-3.1",
                "lead": ["MIA", "MOJ", "KPC", "KJC", "KP"],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "INV-3.1.2",
                        "name": "Number of newly hired staff in those institutions",
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "INV-3.2",
                "title": (
                    "Enhance the institutional capacities of prosecution and courts in "
                    "convicting perpetrators of such crimes"
                ),
                "level": 2,
                "parent": "INV-3",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "INV-3.2.1",
                "title": (
                    "Enforce the existing stringent punishments by drafting and "
                    "implementing policies for adequate conviction in accordance with "
                    "the aggravated circumstances of such crime."
                ),
                "level": 3,
                "parent": "INV-3.2",
                "lead": ["KJC", "KJI"],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "INV-3.2.1",
                        "name": (
                            "Number of convicted individuals on human trafficking "
                            "charges; Number of convicted individuals that received "
                            "punishments over 5 years imprisonment; Number of "
                            "convicted individuals that received punishments over 7 "
                            "years imprisonment; Number of convicted individuals that "
                            "received over 10 years"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "INV-4",
                "title": (
                    "Confiscation of property as of commission of the crime of human "
                    "trafficking and victims’ compensation"
                ),
                "level": 1,
                "parent": "INV",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "INV-4.1",
                "title": (
                    "Implement the procedures for confiscation of traffickers’ property"
                ),
                "level": 2,
                "parent": "INV-4",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "INV-4.1.1",
                "title": (
                    "Make functional, the agency for the management of sequestrated "
                    "and confiscated assets"
                ),
                "level": 3,
                "parent": "INV-4.1",
                "lead": ["MOJ", "MIA"],
                "contributing": ["NATC"],
                "start_year": 2011,
                "end_year": 2012,
                "timeframe": "2011-2012",
                "budget": None,
                "indicators": [
                    {
                        "code": "INV-4.1.1",
                        "name": "Number of assets managed, Reporting",
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "INV-4.1.2",
                "title": (
                    "Monitor the implementation of legal provisions for confiscating "
                    "the property of traffickers by police prosecutors and judges."
                ),
                "level": 3,
                "parent": "INV-4.1",
                "lead": ["MIA", "NATC", "AMSCA", "KPC", "KJC", "KP"],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "INV-4.1.2",
                        "name": "Number of cases and confiscated assets",
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "INV-4.1.3",
                "title": (
                    "Monitor the implementation of legal provisions for compensation "
                    "of victims of trafficking by judges and the Agency for the "
                    "Management of Sequestrated and Confiscated Assets (AMSCA)."
                ),
                "level": 3,
                "parent": "INV-4.1",
                "lead": ["KJC", "KP", "AMSCA", "NATC", "VAAD"],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "INV-4.1.3",
                        "name": "Number of VOT compensated",
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "INV-5",
                "title": (
                    "Ensure proper and non-discriminatory treatment of victims of "
                    "trafficking"
                ),
                "level": 1,
                "parent": "INV",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "INV-5.1",
                "title": (
                    "Implement standard procedures for victims of trafficking in "
                    "accordance to local laws and international standards"
                ),
                "level": 2,
                "parent": "INV-5",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "INV-5.1.1",
                "title": (
                    "Providing the form and introduction to the rights of the victims "
                    "of trafficking"
                ),
                "level": 3,
                "parent": "INV-5.1",
                "lead": ["KP", "COURTS", "PROS_OFFICES"],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "INV-5.1.1",
                        "name": "Reporting",
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "INV-5.1.2",
                "title": (
                    "Ensuring the protection of the victim by conducting Risk "
                    "Assessments pertaining to VOTs and their families"
                ),
                "level": 3,
                "parent": "INV-5.1",
                "lead": ["KP", "SWC", "KPC", "MOJ", "KJC"],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "INV-5.1.2",
                        "name": "Number of risk assessments conducted",
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "INV-6",
                "title": "Achieve quality professional development through trainings",
                "level": 1,
                "parent": "INV",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "INV-6.1",
                "title": "Training of the Police, Prosecutors and Judges, etc",
                "level": 2,
                "parent": "INV-6",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "INV-6.1.1",
                "title": (
                    "Joint training of Police, Prosecutors and Judges on investigation "
                    "procedures in cases of trafficking in human beings"
                ),
                "level": 3,
                "parent": "INV-6.1",
                "lead": ["MIA", "KP", "MOJ", "KJC", "KJI"],
                "contributing": ["ON", "ICITAP"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": 20000,
                "indicators": [
                    {
                        "code": "INV-6.1.1",
                        "name": "Number of trainings Number of participants",
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["agency", "profession"],
                        "source": "training_participants",
                        "professions": [
                            "POLICE_INVESTIGATOR",
                            "POLICE_OFFICER",
                            "PROSECUTOR",
                            "JUDGE",
                        ],
                    },
                ],
            },
            {
                "code": "INV-6.1.2",
                "title": (
                    "Joint training of Police, Prosecutors and Judges on confiscation "
                    "of assets"
                ),
                "level": 3,
                "parent": "INV-6.1",
                "lead": ["MIA", "KP", "MOJ", "KJC", "KJI"],
                "contributing": ["ON", "ICITAP"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": 16000,
                "indicators": [
                    {
                        "code": "INV-6.1.2",
                        "name": "Number of trainings and participants",
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["agency", "profession"],
                        "source": "training_participants",
                        "professions": [
                            "POLICE_INVESTIGATOR",
                            "POLICE_OFFICER",
                            "PROSECUTOR",
                            "JUDGE",
                        ],
                    },
                ],
            },
            {
                "code": "INV-6.1.3",
                "title": (
                    "Joint training of Prosecutors and Judges on conviction policies"
                ),
                "level": 3,
                "parent": "INV-6.1",
                "lead": ["KJC", "KJI"],
                "contributing": ["ON"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "INV-6.1.3",
                        "name": "Number of trainings and participants",
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["agency", "profession"],
                        "source": "training_participants",
                        "professions": ["PROSECUTOR", "JUDGE"],
                    },
                ],
            },
            {
                "code": "INV-6.1.4",
                "title": (
                    "Joint training of Police, Prosecutors and those protecting the "
                    "victims on identification of victims of trafficking"
                ),
                "level": 3,
                "parent": "INV-6.1",
                "lead": ["MIA", "KP", "KJC", "KJI", "MOJ"],
                "contributing": ["ON"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": 16000,
                "indicators": [
                    {
                        "code": "INV-6.1.4",
                        "name": "Number of trainings and participants",
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["agency", "profession"],
                        "source": "training_participants",
                        "professions": [
                            "POLICE_INVESTIGATOR",
                            "POLICE_OFFICER",
                            "PROSECUTOR",
                            "VICTIM_ADVOCATE",
                        ],
                    },
                ],
            },
            {
                "code": "INV-6.1.5",
                "title": (
                    "Joint training of Police, Prosecutors and Judges on complex cases "
                    "of trafficking"
                ),
                "level": 3,
                "parent": "INV-6.1",
                "lead": ["MIA", "KP", "MOJ", "KJC", "KJI", "KPC"],
                "contributing": ["ON"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": 20000,
                "indicators": [
                    {
                        "code": "INV-6.1.5",
                        "name": "Number of trainings and participants",
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["agency", "profession"],
                        "source": "training_participants",
                        "professions": [
                            "POLICE_INVESTIGATOR",
                            "POLICE_OFFICER",
                            "PROSECUTOR",
                            "JUDGE",
                        ],
                    },
                ],
            },
            {
                "code": "INV-6.1.6",
                "title": (
                    "Training on the European Convention on Human Rights and the "
                    "judicial practice of the European Court of Human Rights, and on "
                    "the Council of Europe Convention on Trafficking in Human Beings "
                    "and its guiding principles"
                ),
                "level": 3,
                "parent": "INV-6.1",
                "lead": ["MIA", "MOJ"],
                "contributing": ["ON"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": 10000,
                "indicators": [
                    {
                        "code": "INV-6.1.6",
                        "name": "Number of trainings and participants",
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["agency", "profession"],
                        "source": "training_participants",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "INV-6.1.7",
                "title": (
                    "Organizing trainings for newly hired judges and prosecutors on "
                    "anti-trafficking issues"
                ),
                "level": 3,
                "parent": "INV-6.1",
                "lead": ["KJI", "KP", "KPC"],
                "contributing": ["WSSI"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": 10000,
                "indicators": [
                    {
                        "code": "INV-6.1.7",
                        "name": (
                            "Number of certified trainers. Number of new prosecutors "
                            "trained Number of new judges trained"
                        ),
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["profession"],
                        "source": "training_participants",
                        "professions": ["PROSECUTOR", "JUDGE", "TRAINER"],
                    },
                ],
            },
            {
                "code": "INV-6.1.8",
                "title": (
                    "Conduct informative sessions on legal matters such as the new "
                    "amendments to the CC and/or CPC for prosecutors and judges "
                    "related to victims' rights, the role of the victims' advocates "
                    "and VOTs post traumatic disorders."
                ),
                "level": 3,
                "parent": "INV-6.1",
                "lead": ["MOJ", "KJC", "KPC", "KJI"],
                "contributing": [],
                "start_year": None,
                "end_year": None,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "INV-6.1.8",
                        "name": (
                            "Number of informative sessions conducted regarding the "
                            "amendments to the CP. Number of informative sessions "
                            "conducted regarding the amendments to the CPC."
                        ),
                        "unit": "sessions",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["module"],
                        "source": "training_sessions",
                        "professions": ["PROSECUTOR", "JUDGE"],
                    },
                ],
            },
            {
                "code": "INV-6.1.9",
                "title": (
                    "Update the licensed Interpreter/Translator's District Courts "
                    "Roster in accordance with the current needs. Assess the current "
                    "translators' language skills."
                ),
                "level": 3,
                "parent": "INV-6.1",
                "lead": ["MOJ", "KJC", "KPC", "KJI"],
                "contributing": [],
                "start_year": None,
                "end_year": None,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "INV-6.1.9",
                        "name": (
                            "Number of interpreters re-tested; Number of interpreters "
                            "added to the roster; Number of new foreign language "
                            "skills added to the roster. Number of Translator's Roster "
                            "disseminated; Number of tests conducted to measure the "
                            "language proficiency of the listed translators and the "
                            "new ones."
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "INV-6.1.10",
                "title": "Training of KP in the amendments made on CC and CPC",
                "level": 3,
                "parent": "INV-6.1",
                "lead": ["KJI", "KP", "KPC"],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": 10000,
                "indicators": [
                    {
                        "code": "INV-6.1.10",
                        "name": (
                            "Number of prosecutors and Kosovo Police trained in the "
                            "amendments of KPC and CPC"
                        ),
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["profession"],
                        "source": "training_participants",
                        "professions": [
                            "PROSECUTOR",
                            "POLICE_INVESTIGATOR",
                            "POLICE_OFFICER",
                        ],
                    },
                ],
            },
            {
                "code": "INV-6.1.11",
                "title": (
                    "Establish mandatory reporting procedures of the outcomes of each "
                    "prosecuted human trafficking case."
                ),
                "level": 3,
                "parent": "INV-6.1",
                "lead": ["KPC", "KJC"],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "INV-6.1.11",
                        "name": (
                            "Monthly reports on convictions are shared with KP on all "
                            "the cases that were received from KP;"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "CHILD",
                "title": "Protection of Children",
                "level": 0,
                "parent": None,
                "lead": ["NATC"],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "CHILD-1",
                "title": (
                    "Improving the early identification and referral system of "
                    "vulnerable children and potential victims of trafficking, as well "
                    "as raising the awareness of the society related to child "
                    "trafficking"
                ),
                "level": 1,
                "parent": "CHILD",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "CHILD-1.1",
                "title": (
                    "Revision and implementation of current legislation and policies "
                    "on identification of child victims of trafficking"
                ),
                "level": 2,
                "parent": "CHILD-1",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "CHILD-1.1.1",
                "title": (
                    "Adoption of the Law on Pre-University Education and monitoring of "
                    "its implementation"
                ),
                "level": 3,
                "parent": "CHILD-1.1",
                "lead": ["MEST", "MED"],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "CHILD-1.1.1",
                        "name": "The law adopted Reports on law implementation",
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "CHILD-1.1.2",
                "title": (
                    "Implementation of the Law on Empowerment and Participation of "
                    "Youth"
                ),
                "level": 3,
                "parent": "CHILD-1.1",
                "lead": ["MCYS"],
                "contributing": ["DCYS"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "CHILD-1.1.2",
                        "name": (
                            "Evaluation reports on the implementation of legislation."
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "CHILD-1.1.3",
                "title": (
                    "Implementation of existing strategies dealing with children's "
                    "interests"
                ),
                "level": 3,
                "parent": "CHILD-1.1",
                "lead": ["MUNICIPALITIES", "IMWG"],
                "contributing": ["ON"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "CHILD-1.1.3",
                        "name": (
                            "Evaluation reports on the implementation of strategies"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "CHILD-1.2",
                "title": (
                    "Increasing the capacities of institutions responsible (government "
                    "and non-government) for the early identification of vulnerable "
                    "children to trafficking and victims of trafficking"
                ),
                "level": 2,
                "parent": "CHILD-1",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "CHILD-1.2.1",
                "title": (
                    "Research on dangerous trafficking factors and the level of "
                    "awareness of the society about child trafficking."
                ),
                "level": 3,
                "parent": "CHILD-1.2",
                "lead": ["MIA", "NATC", "IMWG", "MLSW"],
                "contributing": ["NGO", "ON", "TDH"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "CHILD-1.2.1",
                        "name": "Number of research Research reports",
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "CHILD-1.2.2",
                "title": (
                    "Organize workshops on the amendment of the Article 202 - Child "
                    "Pornography of the Kosovo Criminal Code in accordance with the "
                    "International Center for Protection and Missing Children (ICPMC), "
                    "legal guide."
                ),
                "level": 3,
                "parent": "CHILD-1.2",
                "lead": ["NATC", "MOJ", "KPC", "KJC"],
                "contributing": ["NGO", "ON", "TDH"],
                "start_year": 2012,
                "end_year": 2012,
                "timeframe": "2012",
                "budget": None,
                "indicators": [
                    {
                        "code": "CHILD-1.2.2",
                        "name": (
                            "Article 202 amended in accordance with the international "
                            "standards; Changes accepted and passed by the Kosovo "
                            "Assembly"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "CHILD-1.2.3",
                "title": (
                    "Conduct training session on child pornography for the Kosovo law "
                    "enforcement and judiciary on the new amendment."
                ),
                "level": 3,
                "parent": "CHILD-1.2",
                "lead": ["KJI", "KCPSSED"],
                "contributing": [],
                "start_year": None,
                "end_year": None,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "CHILD-1.2.3",
                        "name": (
                            "Number of trained police officers, prosecutors and "
                            "judges; Number of training session conducted; Number of "
                            "initiated investigations;"
                        ),
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["profession"],
                        "source": "training_participants",
                        "professions": [
                            "POLICE_INVESTIGATOR",
                            "POLICE_OFFICER",
                            "PROSECUTOR",
                            "JUDGE",
                        ],
                    },
                ],
            },
            {
                "code": "CHILD-1.2.4",
                "title": (
                    "Create sustainability by introducing the new amendments into the "
                    "KJI and KCPSSED's curricula."
                ),
                "level": 3,
                "parent": "CHILD-1.2",
                "lead": ["KJI", "KCPSSED"],
                "contributing": [],
                "start_year": None,
                "end_year": None,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "CHILD-1.2.4",
                        "name": (
                            "The child pornography (child maltreatment) lesson plans "
                            "were pdated/drafted; Number of KCPSSED's cadets "
                            "introduced to the new syllabus; Number of new generation "
                            "of prosecutors introduced to the new curricula."
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "CHILD-1.2.5",
                "title": (
                    "Trainings for government institutions (schools, children's "
                    "organizations, MHRU, MED, MDH, MDCYS, DSW, labour, market and "
                    "sanitary inspectorates, Police, central level institutions, etc.) "
                    "on early identification of potential child victims"
                ),
                "level": 3,
                "parent": "CHILD-1.2",
                "lead": ["NATC", "IMWG"],
                "contributing": ["NGO", "ON"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "CHILD-1.2.5",
                        "name": (
                            "Number of trainings organized Number of participants in "
                            "the training Training curricula drafted Training modules"
                        ),
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["agency", "profession"],
                        "source": "training_participants",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "CHILD-1.2.6",
                "title": (
                    "Training for non-government organizations (Youth organizations, "
                    "NGOs) and for the community on issues of child trafficking and "
                    "early identification of child victims."
                ),
                "level": 3,
                "parent": "CHILD-1.2",
                "lead": ["IMWG", "MCYS"],
                "contributing": ["NGO", "ON"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "CHILD-1.2.6",
                        "name": (
                            "Number of trainings Number of participants Number of "
                            "indirect beneficiaries Number of curricula drafted Number "
                            "of manuals prepared"
                        ),
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "training_participants",
                        "professions": ["NGO_STAFF", "YOUTH_WORKER"],
                    },
                ],
            },
            {
                "code": "CHILD-1.3",
                "title": (
                    "Empowering and coordinating among institutions (government and "
                    "non-government) in case referral process"
                ),
                "level": 2,
                "parent": "CHILD-1",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "CHILD-1.3.1",
                "title": (
                    "Establishing inter-institutional coordination groups in municipal "
                    "level for the protection of children, including their regular "
                    "meetings (according to existing models)"
                ),
                "level": 3,
                "parent": "CHILD-1.3",
                "lead": ["NATC", "MIA", "IMWG", "MLGA", "MLSW"],
                "contributing": ["NGO", "ON", "TDH"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "CHILD-1.3.1",
                        "name": (
                            "Groups established Number of municipalities involved "
                            "Regular reports"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "CHILD-1.3.2",
                "title": (
                    "Trainings for coordination group for the protection of children, "
                    "especially on identification, prevention, referral and protection "
                    "of children from trafficking"
                ),
                "level": 3,
                "parent": "CHILD-1.3",
                "lead": ["NATC", "MIA", "IMWG", "MLGA"],
                "contributing": ["NGO", "ON"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "CHILD-1.3.2",
                        "name": (
                            "Number of trainings held Number of beneficiaries Number "
                            "of training modules created"
                        ),
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["region"],
                        "source": "training_participants",
                        "professions": ["COORD_GROUP_MEMBER"],
                    },
                ],
            },
            {
                "code": "CHILD-1.4",
                "title": (
                    "Raising the awareness of all categories of the society for the "
                    "danger of child trafficking"
                ),
                "level": 2,
                "parent": "CHILD-1",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "CHILD-1.4.1",
                "title": (
                    "Awareness campaigns for the general public on the danger of child "
                    "trafficking"
                ),
                "level": 3,
                "parent": "CHILD-1.4",
                "lead": [
                    "NATC",
                    "MIA",
                    "MEST",
                    "MLGA",
                    "MCYS",
                    "MLSW",
                    "MUNICIPALITIES",
                ],
                "contributing": ["NGO", "ON"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "CHILD-1.4.1",
                        "name": (
                            "Number of campaigns organized, TV programs, debates, "
                            "promotional materials Number of events organized"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "CHILD-1.4.2",
                "title": (
                    "Debates, roundtables, training organized by children on issues of "
                    "anti-trafficking."
                ),
                "level": 3,
                "parent": "CHILD-1.4",
                "lead": ["MCYS", "MLSW"],
                "contributing": ["CMA", "YOUTH_ORGS"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "CHILD-1.4.2",
                        "name": (
                            "Number of events, debates, trainings organized Number of "
                            "direct and indirect beneficiaries"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "CHILD-2",
                "title": (
                    "Improving the protection system of vulnerable children and "
                    "victims of trafficking in a coordinated manner among institutions "
                    "responsible having in mind the best interest of the child"
                ),
                "level": 1,
                "parent": "CHILD",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "CHILD-2.1",
                "title": (
                    "Aligning the local legal framework with the international "
                    "legislation and adoption of new international policies related to "
                    "the protection of vulnerable children to trafficking and child "
                    "victims of trafficking"
                ),
                "level": 2,
                "parent": "CHILD-2",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "CHILD-2.1.1",
                "title": (
                    "Conducting a research on national criminal legislation, which "
                    "regulates child protection from abuse, maltreatment and "
                    "exploitation."
                ),
                "level": 3,
                "parent": "CHILD-2.1",
                "lead": ["NATC", "MOJ"],
                "contributing": ["ON", "TDH"],
                "start_year": 2011,
                "end_year": 2013,
                "timeframe": "2011 – 2013",
                "budget": None,
                "indicators": [
                    {
                        "code": "CHILD-2.1.1",
                        "name": "Number of laws Number of laws amended",
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "CHILD-2.1.2",
                "title": (
                    "Based on the finding of the above mentioned study, further legal "
                    "initiatives to combat trafficking and improvement of by laws and "
                    "specific articles of the anti-trafficking legislation are taken."
                ),
                "level": 3,
                "parent": "CHILD-2.1",
                "lead": ["NATC", "MOJ"],
                "contributing": ["ON", "TDH"],
                "start_year": 2012,
                "end_year": 2013,
                "timeframe": "2012 – 2013",
                "budget": None,
                "indicators": [
                    {
                        "code": "CHILD-2.1.2",
                        "name": "Number of workshops organized",
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "CHILD-2.2",
                "title": (
                    "Improving and implementation of different forms to protect "
                    "vulnerable children to trafficking and child victims of "
                    "trafficking through child's own participation"
                ),
                "level": 2,
                "parent": "CHILD-2",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "CHILD-2.2.1",
                "title": (
                    "Improving standards for the protection of child victims of "
                    "trafficking"
                ),
                "level": 3,
                "parent": "CHILD-2.2",
                "lead": ["DAG"],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2013,
                "timeframe": "2011 - 2013",
                "budget": None,
                "indicators": [
                    {
                        "code": "CHILD-2.2.1",
                        "name": "Standards package improved",
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "CHILD-2.2.2",
                "title": "Licensing providers of social services",
                "level": 3,
                "parent": "CHILD-2.2",
                "lead": ["MLSW", "NATC"],
                "contributing": [],
                "start_year": 2012,
                "end_year": 2013,
                "timeframe": "2012 - 2013",
                "budget": None,
                "indicators": [
                    {
                        "code": "CHILD-2.2.2",
                        "name": "Number of providers of social services licensed",
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "CHILD-2.2.3",
                "title": (
                    "Provide sustainable financial support to shelters that provide "
                    "services for vulnerable children to trafficking and child victims "
                    "of trafficking"
                ),
                "level": 3,
                "parent": "CHILD-2.2",
                "lead": ["MLSW", "MLGA"],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011 - 2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "CHILD-2.2.3",
                        "name": (
                            "Funds in Euro allocated for shelters. Number of shelter "
                            "beneficiaries"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "CHILD-2.2.4",
                "title": (
                    "Providing services within shelters based on Minimum standards of "
                    "care for victims of trafficking"
                ),
                "level": 3,
                "parent": "CHILD-2.2",
                "lead": ["MLSW", "SHELTERS_XK"],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011 - 2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "CHILD-2.2.4",
                        "name": (
                            "Number of services provided. Procedures of application of "
                            "standards Monitoring reports on application of standards"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "CHILD-2.2.5",
                "title": "Inclusion of child victims of trafficking in family shelters",
                "level": 3,
                "parent": "CHILD-2.2",
                "lead": ["MLSW", "SWC", "MUNICIPALITIES"],
                "contributing": ["NGO"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011 - 2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "CHILD-2.2.5",
                        "name": (
                            "Number of children included in the family shelter program"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "CHILD-2.2.6",
                "title": "Creating a semi-independent life",
                "level": 3,
                "parent": "CHILD-2.2",
                "lead": ["NATC", "IMWG", "MLSW"],
                "contributing": ["ON", "NGO"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011 - 2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "CHILD-2.2.6",
                        "name": "Number of victims included in the program",
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "CHILD-2.2.7",
                "title": (
                    "Monitoring of the quality of services; Another activity that "
                    "should be included is: monitoring for a certain period of time of "
                    "the VOT children returned to their families"
                ),
                "level": 3,
                "parent": "CHILD-2.2",
                "lead": ["NATC"],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011- 2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "CHILD-2.2.7",
                        "name": "Monthly monitoring reports compiled",
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "CHILD-2.3",
                "title": (
                    "Better coordination of activities among institutions responsible "
                    "(government and non-government) for the management of cases "
                    "related to vulnerable children to trafficking and child victims "
                    "of trafficking through child’s own participation"
                ),
                "level": 2,
                "parent": "CHILD-2",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "CHILD-2.3.1",
                "title": (
                    "Signing a memorandum of understanding between responsible "
                    "government and non-government institutions for provision of "
                    "services vulnerable children and child victims of trafficking"
                ),
                "level": 3,
                "parent": "CHILD-2.3",
                "lead": ["NATC", "MOH", "MLSW", "MOJ", "MCYS"],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "CHILD-2.3.1",
                        "name": "Number of agreements signed and implemented",
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "CHILD-2.3.2",
                "title": (
                    "Improving coordination of local government and non-government "
                    "institutions in case management"
                ),
                "level": 3,
                "parent": "CHILD-2.3",
                "lead": ["NATC", "MUNICIPALITIES", "KP", "VAAD", "NGO"],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011 - 2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "CHILD-2.3.2",
                        "name": "Number of cases managed",
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "CHILD-2.4",
                "title": (
                    "Implementing and improving of long-term reintegration programs by "
                    "institutions responsible for vulnerable children to trafficking "
                    "through child's own participation"
                ),
                "level": 2,
                "parent": "CHILD-2",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "CHILD-2.4.1",
                "title": (
                    "Inclusion of vulnerable children and child victims of trafficking "
                    "in education"
                ),
                "level": 3,
                "parent": "CHILD-2.4",
                "lead": ["MEST", "MUNICIPALITIES"],
                "contributing": ["SWC", "NGO"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "CHILD-2.4.1",
                        "name": "Number of children included in education",
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "CHILD-2.4.2",
                "title": (
                    "Providing vocational courses for vulnerable children and child "
                    "victim of trafficking"
                ),
                "level": 3,
                "parent": "CHILD-2.4",
                "lead": ["MEST", "MLSW", "DLE"],
                "contributing": ["NGO"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "CHILD-2.4.2",
                        "name": "Number of beneficiaries Number of courses organized",
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "CHILD-2.4.3",
                "title": (
                    "Conduct family counselling for families that have vulnerable "
                    "children and trafficked children"
                ),
                "level": 3,
                "parent": "CHILD-2.4",
                "lead": ["SWC"],
                "contributing": ["NGO"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "CHILD-2.4.3",
                        "name": "Number of benefiting families",
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "CHILD-2.5",
                "title": (
                    "Advanced coordination for repatriation services for child victims "
                    "of trafficking"
                ),
                "level": 2,
                "parent": "CHILD-2",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "CHILD-2.5.1",
                "title": (
                    "Empowerment and implementation of transnational referral "
                    "mechanisms related to victims of trafficking"
                ),
                "level": 3,
                "parent": "CHILD-2.5",
                "lead": ["NATC", "MIA", "MFA", "IMWG"],
                "contributing": ["NGO"],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "CHILD-2.5.1",
                        "name": "Number of repatriated cases",
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "CHILD-2.5.2",
                "title": "Monitoring and implementation of the MTR .",
                "level": 3,
                "parent": "CHILD-2.5",
                "lead": ["NATC", "ATIPS"],
                "contributing": [],
                "start_year": 2012,
                "end_year": 2014,
                "timeframe": "2012 - 2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "CHILD-2.5.2",
                        "name": "Monitoring reports",
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "CHILD-3",
                "title": (
                    "Improve proactive and reactive investigation techniques in order "
                    "to increase the efficiency in combating child trafficking within "
                    "the framework of organized crime"
                ),
                "level": 1,
                "parent": "CHILD",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "CHILD-3.1",
                "title": (
                    "Improving and advancing the legal framework and aligning it with "
                    "the EU directives"
                ),
                "level": 2,
                "parent": "CHILD-3",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "CHILD-3.1.1",
                "title": "Amending the juvenile code of justice",
                "level": 3,
                "parent": "CHILD-3.1",
                "lead": ["MOJ", "MIA", "KJC", "KPC"],
                "contributing": [],
                "start_year": 2012,
                "end_year": 2014,
                "timeframe": "2012-2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "CHILD-3.1.1",
                        "name": "Number of provisions amended.",
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "CHILD-3.1.2",
                "title": (
                    "Amend the law for the administration of sequestrated or "
                    "confiscated property in order to establish a fund for "
                    "compensating victims"
                ),
                "level": 3,
                "parent": "CHILD-3.1",
                "lead": ["MOJ", "MIA", "KJC", "KPC", "ASSEMBLY"],
                "contributing": [],
                "start_year": 2012,
                "end_year": 2014,
                "timeframe": "2012-2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "CHILD-3.1.2",
                        "name": "Number of provisions revised and amended",
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "CHILD-3.1.3",
                "title": (
                    "Enable a child-friendly environment to interview child victims of "
                    "trafficking."
                ),
                "level": 3,
                "parent": "CHILD-3.1",
                "lead": ["KP", "KJC", "KPC"],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "CHILD-3.1.3",
                        "name": (
                            "Interview protocols created Interview standards Number of "
                            "training for persons interviewing children."
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "CHILD-3.1.4",
                "title": (
                    "Establish the register of psychologists in courts in order to "
                    "secure their participation in court sessions dealing with children"
                ),
                "level": 3,
                "parent": "CHILD-3.1",
                "lead": ["MOJ", "KJC", "KPC"],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "CHILD-3.1.4",
                        "name": "Number of cases of psychologists' participation.",
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "CHILD-3.2",
                "title": (
                    "Coordinate services for relocation of child victims of "
                    "trafficking to third countries"
                ),
                "level": 2,
                "parent": "CHILD-3",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "CHILD-3.2.1",
                "title": (
                    "Sign mutual agreements with third countries for relocation of "
                    "child victims of trafficking"
                ),
                "level": 3,
                "parent": "CHILD-3.2",
                "lead": ["NATC", "MIA", "MOJ", "MFA"],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "CHILD-3.2.1",
                        "name": "Number of agreements signed",
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "CHILD-4",
                "title": (
                    "Increase the efficiency of Police, Prosecution and Courts to "
                    "investigate and convict perpetrators of trafficking"
                ),
                "level": 1,
                "parent": "CHILD",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "CHILD-4.1",
                "title": "Increase the capacities of Police, Prosecution and Courts",
                "level": 2,
                "parent": "CHILD-4",
                "lead": [],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "CHILD-4.1.1",
                "title": (
                    "Systematic and specialized training for police, judges and "
                    "prosecutors for special treatment of trafficked children in line "
                    "with standards, SOP and adopted guidelines"
                ),
                "level": 3,
                "parent": "CHILD-4.1",
                "lead": ["NATC", "KJC", "KPC", "KP"],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "CHILD-4.1.1",
                        "name": "Number of trained police, prosecutors and judges;",
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["profession"],
                        "source": "training_participants",
                        "professions": [
                            "POLICE_INVESTIGATOR",
                            "POLICE_OFFICER",
                            "PROSECUTOR",
                            "JUDGE",
                        ],
                    },
                ],
            },
            {
                "code": "CHILD-4.1.2",
                "title": (
                    "Improve the capacities of juvenile protection sectors of Kosovo "
                    "Police through joint trainings with other stakeholders in order "
                    "to record, coordinate and refer child trafficking cases to the "
                    "police"
                ),
                "level": 3,
                "parent": "CHILD-4.1",
                "lead": ["KJC", "KPC", "MOJ"],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "CHILD-4.1.2",
                        "name": (
                            "Number of joint trainings Number of participants in the "
                            "training"
                        ),
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["agency", "profession"],
                        "source": "training_participants",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "CHILD-4.1.4",
                "title": "Publication of manuals or brochures on child trafficking",
                "level": 3,
                "parent": "CHILD-4.1",
                "lead": ["NATC", "MIA"],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "CHILD-4.1.4",
                        "name": "Published manuals, brochures",
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "CHILD-4.1.5",
                "title": (
                    "Specialization of judges and prosecutors on child trafficking "
                    "issues"
                ),
                "level": 3,
                "parent": "CHILD-4.1",
                "lead": ["KJC", "KPC"],
                "contributing": [],
                "start_year": 2011,
                "end_year": 2014,
                "timeframe": "2011-2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "CHILD-4.1.5",
                        "name": (
                            "Number of specialized judges on child trafficking Number "
                            "of specialized prosecutors on child trafficking"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
        ],
    },
    {
        "code": "AL-STRAT-2014-2017",
        "country": "AL",
        "title": (
            "National Strategy on the Fight Against Trafficking of Human Beings and "
            "the Trafficking of Children 2014-2017, including the National Action Plan "
            "(Albania) - training and awareness activities only"
        ),
        "start_year": 2014,
        "end_year": 2017,
        "currency": "ALL",
        "level_names": ["Area", "Aim", "Objective", "Activity"],
        "nodes": [
            {
                "code": "PROS",
                "title": "Prosecution",
                "level": 0,
                "parent": None,
                "lead": ["ONAC"],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PROT",
                "title": "Protection",
                "level": 0,
                "parent": None,
                "lead": ["ONAC"],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PREV",
                "title": "Prevention",
                "level": 0,
                "parent": None,
                "lead": ["ONAC"],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "COOR",
                "title": "Coordination",
                "level": 0,
                "parent": None,
                "lead": ["ONAC"],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "CH",
                "title": "Children",
                "level": 0,
                "parent": None,
                "lead": ["ONAC"],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PROS-1",
                "title": (
                    "Increase the number of successful criminal cases (investigations, "
                    "prosecutions, convictions and appropriate sentences) through fair "
                    "and victim-sensitive investigations and court procedures"
                ),
                "level": 1,
                "parent": "PROS",
                "lead": [],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PROS-1.(a)",
                "title": (
                    "Increase in number of pro-active investigations and pro-active "
                    "identifications of victims of trafficking both domestically and "
                    "abroad (including financial and money laundering investigations)"
                ),
                "level": 2,
                "parent": "PROS-1",
                "lead": [],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PROS-1.(a).1",
                "title": "Continuous training on proactive investigation techniques",
                "level": 3,
                "parent": "PROS-1.(a)",
                "lead": ["PP"],
                "contributing": ["GDSP", "SEC_ACADEMY", "SHM", "ON", "NGO"],
                "start_year": None,
                "end_year": None,
                "timeframe": "Continuously",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROS-1.(a).1",
                        "name": (
                            "Number of law enforcement officers professionally trained "
                            "on the application of intelligence-led investigation "
                            "techniques Target: at least one police officer in each "
                            "Regional Police Directorate is familiar with pro-active "
                            "investigation techniques Number of joint trainings and "
                            "trainees"
                        ),
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["agency"],
                        "source": "training_participants",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROS-1.(a).2",
                "title": (
                    "Training on low-level intelligence gathering as part of entry "
                    "level and refresher training courses; Continuous training of NIS "
                    "officers on information gathering"
                ),
                "level": 3,
                "parent": "PROS-1.(a)",
                "lead": ["SEC_ACADEMY"],
                "contributing": [],
                "start_year": None,
                "end_year": None,
                "timeframe": "Continuously",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROS-1.(a).2",
                        "name": (
                            "Number and per cent of police officers that are trained "
                            "in low level intelligence gathering for THB cases"
                        ),
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "training_participants",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROS-1.(a).3",
                "title": (
                    "Exchange of experience with foreign law enforcement through "
                    "trainings, study tours, participation in regional /international "
                    "projects"
                ),
                "level": 3,
                "parent": "PROS-1.(a)",
                "lead": ["GDSP"],
                "contributing": ["MI", "PP", "NIS"],
                "start_year": None,
                "end_year": None,
                "timeframe": "Continuously",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROS-1.(a).3",
                        "name": (
                            "Number of persons benefiting from trainings, seminars, "
                            "workshops, study tours and regional/ international "
                            "activities"
                        ),
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["agency"],
                        "source": "training_participants",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROS-1.(a).4.1",
                "title": (
                    "Financial-investigation cooperation through development of SOPs "
                    "and joint trainings"
                ),
                "level": 3,
                "parent": "PROS-1.(a)",
                "lead": ["MFE"],
                "contributing": ["PP", "GDSP", "NIS"],
                "start_year": 2015,
                "end_year": 2015,
                "timeframe": "First half of 2015",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROS-1.(a).4.1",
                        "name": (
                            "Existence of SOPs Training sessions organised Regular "
                            "meetings held"
                        ),
                        "unit": "sessions",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["agency"],
                        "source": "training_sessions",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROS-1.(a).5",
                "title": (
                    "Cooperation between Police, State Labour Inspectorate and Tax "
                    "Department"
                ),
                "level": 3,
                "parent": "PROS-1.(a)",
                "lead": ["GDSP"],
                "contributing": ["ISHPSH", "MFE", "OSCE_PIA"],
                "start_year": 2014,
                "end_year": 2015,
                "timeframe": "2014 - 2015",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROS-1.(a).5",
                        "name": "Regular meetings Trainings held, personnel trained",
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["agency"],
                        "source": "training_participants",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROS-1.(b)",
                "title": (
                    "Ensure compliance of the national legal and regulatory base on "
                    "human trafficking with European and international standards (EU, "
                    "Council of Europe, UN) by amending legislation and enhancing its "
                    "implementation"
                ),
                "level": 2,
                "parent": "PROS-1",
                "lead": [],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PROS-1.(b).7",
                "title": (
                    "Instructions on the legal amendments, plus Training of Trainers "
                    "for police of the illegal trafficking sections, by the "
                    "Prosecutors of the Serious Crime Prosecution and GPO and by ASP "
                    "officers"
                ),
                "level": 3,
                "parent": "PROS-1.(b)",
                "lead": ["PP"],
                "contributing": ["GDSP", "SCJ", "ONAC"],
                "start_year": 2015,
                "end_year": 2015,
                "timeframe": "End of 2015",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROS-1.(b).7",
                        "name": (
                            "Guidelines/instructions developed and distributed "
                            "Organising a two-day internal training; number of ASP "
                            "officers trained per trainer; and the number of ASP "
                            "officers trained"
                        ),
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "training_participants",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROS-1.(c)",
                "title": (
                    "Enhance professional skills and capacities of police and "
                    "prosecutors to improve cooperation and coordination between "
                    "Police and Prosecution, resulting in improved anti-trafficking "
                    "investigations"
                ),
                "level": 2,
                "parent": "PROS-1",
                "lead": [],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PROS-1.(c).1",
                "title": (
                    "Sufficient qualified/trained staff in the Anti-Trafficking "
                    "Sector, and an increased number of qualified female police "
                    "officers"
                ),
                "level": 3,
                "parent": "PROS-1.(c)",
                "lead": ["GDSP"],
                "contributing": ["SEC_ACADEMY", "SFAIT", "PP", "ON"],
                "start_year": None,
                "end_year": None,
                "timeframe": "Continuous",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROS-1.(c).1",
                        "name": (
                            "No of specialized and full time police officers dealing "
                            "with human trafficking at central level and at regional "
                            "level Target: At least one trained female "
                            "anti-trafficking police officer is assigned to each "
                            "regional anti-trafficking unit and major border crossing "
                            "points"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROS-1.(c).5",
                "title": (
                    "Basic awareness training for all future prosecutors and judges "
                    "and regular specialized joint training for anti-trafficking "
                    "police, prosecutors and Serious Crime Court Judges"
                ),
                "level": 3,
                "parent": "PROS-1.(c)",
                "lead": ["SHM"],
                "contributing": ["PP", "SEC_ACADEMY"],
                "start_year": None,
                "end_year": None,
                "timeframe": "Continuously",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROS-1.(c).5",
                        "name": (
                            "No of entry level trainees (per annum) Number of joint "
                            "training sessions (per annum), participant breakdown"
                        ),
                        "unit": "sessions",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["profession", "agency"],
                        "source": "training_sessions",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROS-1.(c).6",
                "title": (
                    "SOPs for the entire anti-trafficking investigation process "
                    "through training sessions and monitoring"
                ),
                "level": 3,
                "parent": "PROS-1.(c)",
                "lead": ["PP"],
                "contributing": ["GDSP"],
                "start_year": None,
                "end_year": None,
                "timeframe": "Ongoing",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROS-1.(c).6",
                        "name": (
                            "No of trainings in SOPs, Template and quality standards "
                            "for investigative file Number of Monitoring Reports and "
                            "percent of relevant actors who know and implement the SOPs"
                        ),
                        "unit": "sessions",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "training_sessions",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROS-1.(c).7",
                "title": (
                    "Review and disseminate the investigation manual/toolkit; Internal "
                    "JPO Training on best investigation practices"
                ),
                "level": 3,
                "parent": "PROS-1.(c)",
                "lead": ["PP"],
                "contributing": ["GDSP"],
                "start_year": 2014,
                "end_year": 2016,
                "timeframe": "By 2014 2016 Continuously",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROS-1.(c).7",
                        "name": (
                            "Availability of updated manual Launch/ information "
                            "meetings held No of judicial police officers and other "
                            "specialized police units that are familiar with contents "
                            "of the updated manual and implement it Next update "
                            "prepared in 2016 No of training sessions organised Number "
                            "of trained staff"
                        ),
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "training_participants",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROS-1.(c).8",
                "title": (
                    "Continuous trainings regarding implementation of CPC requirements "
                    "for development of investigation files (acts) and gathering of "
                    "evidence by JPOs"
                ),
                "level": 3,
                "parent": "PROS-1.(c)",
                "lead": ["PP"],
                "contributing": ["SEC_ACADEMY"],
                "start_year": None,
                "end_year": None,
                "timeframe": "Continuously",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROS-1.(c).8",
                        "name": (
                            "Number of acts in compliance with SOPs and CPC provisions "
                            "or requirements developed and referred by JPOs. No and "
                            "percentage of trained JPOs"
                        ),
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "training_participants",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROS-1.(f)",
                "title": (
                    "Respect and foster the rights of trafficked persons (PVoTs and "
                    "VoTs) and ensure fair and non-discriminatory treatment by law "
                    "enforcement and judicial authorities"
                ),
                "level": 2,
                "parent": "PROS-1",
                "lead": [],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PROS-1.(f).1",
                "title": (
                    "Continuous training of key officials on sensitive treatment, "
                    "protection and assistance of victims during proceedings, ethical "
                    "treatment of victim/witnesses in court, SOPs for cooperation and "
                    "referral, victims' right to information; monitoring"
                ),
                "level": 3,
                "parent": "PROS-1.(f)",
                "lead": ["SHM"],
                "contributing": ["SEC_ACADEMY", "SCC", "ONAC", "NGO"],
                "start_year": 2014,
                "end_year": 2014,
                "timeframe": "2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROS-1.(f).1",
                        "name": (
                            "No and percentage of trained relevant officials "
                            "Distribution of guidance material/ SOPs on "
                            "victim-sensitive treatment Regular monitoring reports "
                            "Ratio of relevant officials (courts, GPO, specialized "
                            "police units) and NGOs that are familiar with standards "
                            "and SOPs and the victims' right to information and free "
                            "legal counselling/ representation"
                        ),
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["profession"],
                        "source": "training_participants",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROS-1.(f).1-bis",
                "title": (
                    "Introduce mandatory training for the specific standards and "
                    "treatment of children, as a prerequisite for all law enforcement "
                    "and criminal justice actors that come in touch with children"
                ),
                "level": 3,
                "parent": "PROS-1.(f)",
                "lead": ["MI"],
                "contributing": ["GDSP", "MJ"],
                "start_year": 2015,
                "end_year": 2015,
                "timeframe": "Beginning of 2015",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROS-1.(f).1-bis",
                        "name": (
                            "No and percentage of trained relevant officials; "
                            "Existence and distribution of guidance material/ SOPs on "
                            "the treatment of children; Ratio of relevant officials "
                            "(courts, GPO, specialized police units) and NGOs that are "
                            "familiar with standards and SOPs on children; Case "
                            "protocols"
                        ),
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["profession"],
                        "source": "training_participants",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROS-1.(f).2",
                "title": (
                    "Guidelines on sensitive interviewing of VoT/ PVoTs; "
                    "child-specific interview guidelines"
                ),
                "level": 3,
                "parent": "PROS-1.(f)",
                "lead": ["PP"],
                "contributing": ["GDSP", "SEC_ACADEMY", "ON", "NGO", "SSS"],
                "start_year": None,
                "end_year": None,
                "timeframe": "Continuously",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROS-1.(f).2",
                        "name": (
                            "Guidelines distributed and no of actors trained; Ratio of "
                            "relevant officials that are aware of the guidelines, and "
                            "of child-specific guidelines and can describe the "
                            "victim-sensitive interviewing approach; Interview "
                            "protocols; Presence of accredited social worker/ "
                            "psychologist during interview"
                        ),
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["profession"],
                        "source": "training_participants",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROS-1.(f).6",
                "title": (
                    "Ensure that trafficked persons (PVoTs, VoTs) receive information "
                    "on their rights and the potential risks and benefits of criminal "
                    "proceedings, through briefings and information material"
                ),
                "level": 3,
                "parent": "PROS-1.(f)",
                "lead": ["GDSP"],
                "contributing": ["SCPO", "ONAC", "NGO"],
                "start_year": None,
                "end_year": None,
                "timeframe": "Continuously",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROS-1.(f).6",
                        "name": (
                            "Existence of information materials Number and percentage "
                            "of VoTs having been informed and received the information "
                            "material. Number/Percentage of VoTs that are aware of, "
                            "and can describe their rights and the potential benefits/ "
                            "risks related to criminal proceedings"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "material_distributed",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROS-2",
                "title": (
                    "Ensure the compensation of and legal redress to victims of "
                    "trafficking"
                ),
                "level": 1,
                "parent": "PROS",
                "lead": [],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PROS-2.(0)",
                "title": "Activities without a specific objective",
                "level": 2,
                "parent": "PROS-2",
                "lead": [],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PROS-2.3",
                "title": (
                    "State Compensation Scheme: publicize the procedures for accessing "
                    "it"
                ),
                "level": 3,
                "parent": "PROS-2.(0)",
                "lead": ["MFE"],
                "contributing": ["GDSP", "PP", "MJ", "ONAC"],
                "start_year": 2015,
                "end_year": 2015,
                "timeframe": "End of 2015",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROS-2.3",
                        "name": (
                            "Procedures for accessing the Scheme are in place and made "
                            "public"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROS-2.4",
                "title": (
                    "Ensure early information to all trafficked persons about their "
                    "right to compensation"
                ),
                "level": 3,
                "parent": "PROS-2.(0)",
                "lead": ["PP"],
                "contributing": ["GDSP", "MJ"],
                "start_year": None,
                "end_year": None,
                "timeframe": "Under way",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROS-2.4",
                        "name": (
                            "Number and per cent of victims that have received "
                            "information material and counselling on the possibilities "
                            "of compensation ..."
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROS-4",
                "title": (
                    "To reduce the involvement of law enforcement officials in human "
                    "trafficking"
                ),
                "level": 1,
                "parent": "PROS",
                "lead": [],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PROS-4.(0)",
                "title": "Activities without a specific objective",
                "level": 2,
                "parent": "PROS-4",
                "lead": [],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PROS-4.4",
                "title": (
                    "Continue the public campaign on zero tolerance policy on crime; "
                    "Continue the public anti-corruption hotline; Develop anonymous "
                    "(internet-based) forms of reporting cases of complicity and "
                    "inform public on anti-corruption actions taken and their …"
                ),
                "level": 3,
                "parent": "PROS-4.(0)",
                "lead": ["MI"],
                "contributing": ["ONAC", "GDSP"],
                "start_year": None,
                "end_year": None,
                "timeframe": "Ongoing",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROS-4.4",
                        "name": (
                            "Number of cases initiated on the basis of confidential "
                            "information from the public; Number of calls reporting "
                            "official complicity in human trafficking and number of "
                            "anonymous reports received; Statistics on numbers of "
                            "criminal prosecutions against corrupt officials made "
                            "public"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROT-1",
                "title": (
                    "Ensure the early identification and referral of all minor and "
                    "adult PVoTs and VoTs for all exploitative purposes, and immediate "
                    "referral to assistance services in line with agreed SOPs"
                ),
                "level": 1,
                "parent": "PROT",
                "lead": [],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PROT-1.(b)",
                "title": (
                    "Strengthening the capacities of all structures/actors involved in "
                    "the prevention, identification, referral and assistance to "
                    "vulnerable persons and trafficked persons in accordance with the "
                    "SOPs for identification and referral"
                ),
                "level": 2,
                "parent": "PROT-1",
                "lead": [],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PROT-1.(b).1",
                "title": (
                    "Enhance familiarity with the standards and SOPs for the treatment "
                    "of victims of trafficking and potential victims of trafficking, "
                    "and with the specific SOPs for children"
                ),
                "level": 3,
                "parent": "PROT-1.(b)",
                "lead": ["ONAC"],
                "contributing": ["RA", "NRM", "NGO", "ON"],
                "start_year": None,
                "end_year": None,
                "timeframe": "Continuously",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROT-1.(b).1",
                        "name": (
                            "Number and percentage of relevant actors trained, number "
                            "and percentage of those who are familiar with the SOPs "
                            "and quality standards of service"
                        ),
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["agency"],
                        "source": "training_participants",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROT-1.(b).1.1",
                "title": (
                    "Draft agency-specific instructions and guidelines … and "
                    "disseminate them"
                ),
                "level": 3,
                "parent": "PROT-1.(b)",
                "lead": ["NRM"],
                "contributing": ["ONAC"],
                "start_year": 2015,
                "end_year": 2015,
                "timeframe": "End 2015",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROT-1.(b).1.1",
                        "name": (
                            "Existence of agency-specific instructions/ guidelines "
                            "Number and percentage of stakeholders that are familiar "
                            "with the instructions, the SOPs and their obligation as "
                            "part of the NRM"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROT-1.(b).1.2",
                "title": (
                    "Offer (re-)training to all members of the Responsible Authority "
                    "and NRM Group Members and establish a continuous training "
                    "programme on the SOPs; and provision of copies of SOPs (tailored "
                    "to individual actors)"
                ),
                "level": 3,
                "parent": "PROT-1.(b)",
                "lead": ["ONAC"],
                "contributing": [
                    "RA",
                    "SHM",
                    "CONSULAR_ACADEMY",
                    "SEC_ACADEMY",
                    "NGO",
                    "ON",
                ],
                "start_year": None,
                "end_year": None,
                "timeframe": "Continuous",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROT-1.(b).1.2",
                        "name": (
                            "Existence of training modules tailored to individual "
                            "actors and annual training plans Number of trainees (by "
                            "agency/organization) SOPs for individual actors "
                            "distributed; Percentage of relevant actors in possession "
                            "of a copy of the SOPs"
                        ),
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["agency"],
                        "source": "training_participants",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROT-1.(b).1.3",
                "title": (
                    "Train all regional and local stakeholders … through joint "
                    "multi-stakeholder trainings in two steps: 1. Training of trainers "
                    "in RATCs 2. RATCs to train local groups"
                ),
                "level": 3,
                "parent": "PROT-1.(b)",
                "lead": ["ONAC"],
                "contributing": ["RA", "RATC", "NGO", "ON"],
                "start_year": 2014,
                "end_year": 2016,
                "timeframe": "2014 - 2016",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROT-1.(b).1.3",
                        "name": (
                            "1. Number of Train the Trainers seminars, and number of "
                            "trained regional (RATC technical coordinators) trainers "
                            "2. Number of trainings for municipal/ commune actors, "
                            "number of actors trained (by agency)"
                        ),
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["agency", "region"],
                        "source": "training_participants",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROT-1.(b).1.4",
                "title": (
                    "Enable an exchange of experiences among service providers in "
                    "various districts and regions"
                ),
                "level": 3,
                "parent": "PROT-1.(b)",
                "lead": ["RATC"],
                "contributing": ["ONAC", "NRM"],
                "start_year": 2015,
                "end_year": 2017,
                "timeframe": "2015 -2017",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROT-1.(b).1.4",
                        "name": (
                            "Regular meeting of local groups/actors at regional level"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROT-1.(c)",
                "title": (
                    "Fostering the implementation of SOPs for the Identification and "
                    "Referral of potential victims of trafficking and victims of "
                    "trafficking through monitoring; ensuring their relevance through "
                    "the review of standards and SOPs"
                ),
                "level": 2,
                "parent": "PROT-1",
                "lead": [],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PROT-1.(c).1",
                "title": (
                    "Monitoring mechanism for SOPs; 4. Train the monitoring team on "
                    "THB and SOPs"
                ),
                "level": 3,
                "parent": "PROT-1.(c)",
                "lead": ["ONAC"],
                "contributing": ["RA", "NRM", "NTF", "LINE_MINISTRIES"],
                "start_year": 2014,
                "end_year": 2015,
                "timeframe": "By end 2014 / Spring 2015 / End of 2015",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROT-1.(c).1",
                        "name": (
                            "Monitoring team identified, guidelines, inspection "
                            "protocols and schedule established, and monitoring team "
                            "trained within 3 months of Anti-trafficking Action Plan "
                            "approval."
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROT-1.(c).2",
                "title": (
                    "SOP review team identified and trained; Revise the NRM standards "
                    "and SOPs … Endorse revised SOPs and disseminate them, train all "
                    "actors"
                ),
                "level": 3,
                "parent": "PROT-1.(c)",
                "lead": ["ONAC"],
                "contributing": ["NRM", "ON", "RA"],
                "start_year": 2015,
                "end_year": 2016,
                "timeframe": (
                    "Beginning of 2015 / By mid 2015 / 2nd half of 2016 / By end of "
                    "2016"
                ),
                "budget": None,
                "indicators": [
                    {
                        "code": "PROT-1.(c).2",
                        "name": (
                            "Review team identified and trained; Existence of revised "
                            "NRM SOPs"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROT-1.(d)",
                "title": (
                    "Increase the early identification and referral of all VoTs and "
                    "PVoTs for all forms of exploitation within the country, at the "
                    "border and abroad, and increase the self-identification of "
                    "trafficked persons"
                ),
                "level": 2,
                "parent": "PROT-1",
                "lead": [],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PROT-1.(d).1.1",
                "title": "3. Identify, train and equip 3 new mobile units",
                "level": 3,
                "parent": "PROT-1.(d)",
                "lead": ["NTF"],
                "contributing": ["NGO", "ON"],
                "start_year": 2014,
                "end_year": 2015,
                "timeframe": "By mid 2014 / By mid 2015",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROT-1.(d).1.1",
                        "name": (
                            "Three additional mobile units operational; Existence of "
                            "ToRs and standards of service for MUs, as well as job "
                            "profiles/ descriptions for MU members"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROT-1.(d).2.2",
                "title": (
                    "Consular staff: NRM duties in job descriptions; SOP guidelines "
                    "for abroad; 3. Include anti-trafficking awareness raising module "
                    "into the curricula of the Diplomatic Academy and distribute "
                    "guidelines on the SOPs for victim identification for …"
                ),
                "level": 3,
                "parent": "PROT-1.(d)",
                "lead": ["MEFA"],
                "contributing": ["ONAC", "GDSP", "NGO", "ON", "CONSULAR_ACADEMY"],
                "start_year": 2015,
                "end_year": 2015,
                "timeframe": "Continuously / Continuously / By mid 2015",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROT-1.(d).2.2",
                        "name": (
                            "Number of trainings and trainees; Existence of "
                            "implementation guidelines; Regular training for "
                            "diplomatic staff held and written guidelines made "
                            "available; Number and percentage of diplomatic staff who "
                            "are familiar with THB and their roles, according to the "
                            "NRM SOPs, and who possess guidelines; Diplomatic Academy "
                            "Curriculum includes anti-trafficking module"
                        ),
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "training_participants",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROT-1.(d).4.1",
                "title": (
                    "Raise labour inspectors' awareness of their role: 1. Workshops "
                    "with labour inspectors 2. Development of Guidelines on the "
                    "inspection of labour exploitation"
                ),
                "level": 3,
                "parent": "PROT-1.(d)",
                "lead": ["ISHPSH"],
                "contributing": ["OSCE_PIA"],
                "start_year": 2014,
                "end_year": 2014,
                "timeframe": "2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROT-1.(d).4.1",
                        "name": (
                            "Workshops held, number of trainees; Guidelines are "
                            "included in Labour Inspection documentation; Number and "
                            "percentage of labour inspectors who are familiar with THB "
                            "and whose tasks include preventing THB and identifying "
                            "trafficked persons"
                        ),
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "training_participants",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROT-1.(d).5",
                "title": (
                    "Trainings for the Border and Migration Police on screening "
                    "irregular migrants, in accordance with SOPs approach"
                ),
                "level": 3,
                "parent": "PROT-1.(d)",
                "lead": ["MI"],
                "contributing": ["DKM", "GDSP", "ONAC"],
                "start_year": None,
                "end_year": None,
                "timeframe": "",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROT-1.(d).5",
                        "name": (
                            "Border Police training on THB contains modules on "
                            "screening of irregular migrants; Number and percentage of "
                            "border and migration police officers who can name the "
                            "difference between smuggling and trafficking; Number of "
                            "foreign PVoTs and VoTs identified"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROT-1.(d).6",
                "title": (
                    "Enhancing border staff capacities to identify at-risk persons and "
                    "VoTs/ PVoTs (adults and children – accompanied or un-accompanied)"
                ),
                "level": 3,
                "parent": "PROT-1.(d)",
                "lead": ["MI"],
                "contributing": ["GDSP"],
                "start_year": 2014,
                "end_year": 2014,
                "timeframe": "2014 onwards",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROT-1.(d).6",
                        "name": (
                            "Number of PVoTs and VoTs identified at the borders "
                            "(including green borders, and during in-land controls); "
                            "Quality of case protocols (degree of compliance with "
                            "SOPs); Target: Number of identified PVoTs and VoTs to "
                            "increase by 100% by the end of the academic year"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROT-1.(d).6.1",
                "title": (
                    "Implement recurrent trainings for border and migration police on: "
                    "(i) THB in all current forms, including the new forms of THB as a "
                    "consequence of visa liberalisation; (ii) Border police role and "
                    "actions … in line with the SOPs; (iii) Sensitive …"
                ),
                "level": 3,
                "parent": "PROT-1.(d)",
                "lead": ["DKM"],
                "contributing": ["GDSP", "ONAC", "MI", "SEC_ACADEMY"],
                "start_year": 2015,
                "end_year": 2015,
                "timeframe": "October 2015 onwards",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROT-1.(d).6.1",
                        "name": (
                            "Number of Border staff trained; Number of BCPs where SOP "
                            "Guidelines are available; Number and percentage of border "
                            "police who are familiar with trafficking, the difference "
                            "between smuggling and trafficking, and number and "
                            "percentage of Border and Migration police officers who "
                            "can describe their role in prevention and the SOPs for "
                            "the early identification of VoTs/PVoTs; Number of border "
                            "police who know the special SOPs on children; Training is "
                            "integral part of entry-level and refresher training for "
                            "border police"
                        ),
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["region"],
                        "source": "training_participants",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROT-1.(d).6.3",
                "title": (
                    "Provide information/training to border and migration staff on the "
                    "new THB forms as a consequence of visa liberalization …; "
                    "including the distribution of information leaflets on THB and "
                    "available help"
                ),
                "level": 3,
                "parent": "PROT-1.(d)",
                "lead": ["DKM"],
                "contributing": ["GDSP", "MOSWY", "SSS", "ONAC"],
                "start_year": 2014,
                "end_year": 2014,
                "timeframe": "End of 2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROT-1.(d).6.3",
                        "name": (
                            "Information/training included in regular THB training for "
                            "border staff; number of training sessions/trainees "
                            "Percentage of border staff aware of the new modi operandi "
                            "and how to prevent/detect THB cases Number of identified "
                            "Potential victims of trafficking/victims of trafficking "
                            "cases, number of information materials distributed "
                            "Target: Availability of information material at all BCPs"
                        ),
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "training_participants",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROT-1.(d).7.1",
                "title": (
                    "Publicize the toll-free help-line 116-006 during 24/7 (see above)"
                ),
                "level": 3,
                "parent": "PROT-1.(d)",
                "lead": ["ONAC"],
                "contributing": ["RATC", "NJVQV"],
                "start_year": None,
                "end_year": None,
                "timeframe": "Continuously",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PROT-1.(d).7.2",
                "title": (
                    "Implement targeted campaigns (based on assessments and "
                    "determining effective channels of communication with the persons "
                    "PVoTs) in the communities to increase the awareness on human "
                    "trafficking, the services available to trafficked persons and how "
                    "…"
                ),
                "level": 3,
                "parent": "PROT-1.(d)",
                "lead": ["NJVQV"],
                "contributing": ["DSSM", "NGO", "NRM", "ONAC", "ON"],
                "start_year": None,
                "end_year": None,
                "timeframe": "Continuously",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROT-1.(d).7.2",
                        "name": (
                            "Information material and other PR material available for "
                            "vulnerable communities Number and percentage of "
                            "identified target groups reached by AR campaigns, and who "
                            "are familiar with THB and services available"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["region"],
                        "source": "campaign_reach",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROT-3",
                "title": (
                    "Foster the return, re-integration and social inclusion of minor "
                    "and adult trafficked persons; reduce the risk of re-victimisation "
                    "and re-trafficking"
                ),
                "level": 1,
                "parent": "PROT",
                "lead": [],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PROT-3.(a)",
                "title": (
                    "To foster the voluntary return and re-integration of Albanian "
                    "PVoTs and VoTs from abroad; and the return of foreign trafficked "
                    "persons"
                ),
                "level": 2,
                "parent": "PROT-3",
                "lead": [],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PROT-3.(a).2",
                "title": (
                    "Regular training on SOPs and monitoring their implementation (as "
                    "part of SOP trainings and monitoring) (return and reintegration "
                    "SOPs)"
                ),
                "level": 3,
                "parent": "PROT-3.(a)",
                "lead": ["ONAC"],
                "contributing": ["RA"],
                "start_year": None,
                "end_year": None,
                "timeframe": "Continuously",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROT-3.(a).2",
                        "name": (
                            "Number and percentage of trained actors Monitoring reports"
                        ),
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["agency"],
                        "source": "training_participants",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROT-3.(a).3",
                "title": (
                    "Ensure the provision of counselling, information materials and "
                    "advice … to Albanian nationals (trafficked persons or at risk "
                    "persons) abroad, through the Albanian consular offices abroad"
                ),
                "level": 3,
                "parent": "PROT-3.(a)",
                "lead": ["MEFA"],
                "contributing": ["ONAC", "ON", "NGO"],
                "start_year": None,
                "end_year": None,
                "timeframe": "Continuously",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROT-3.(a).3",
                        "name": (
                            "Number of Albanian nationals abroad counselled, number of "
                            "Albanian PVoTs and VoTs abroad assisted"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "campaign_reach",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROT-3.(b)",
                "title": (
                    "Strengthen long-term assistance programmes for the re-integration "
                    "and social inclusion of adult and minor PVoTs and VoTs, according "
                    "to individual needs and in line with SOPs"
                ),
                "level": 2,
                "parent": "PROT-3",
                "lead": [],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PROT-3.(b).1",
                "title": (
                    "Strict implementation of SOPs for the provision of re-integration "
                    "assistance … through continuous training and monitoring"
                ),
                "level": 3,
                "parent": "PROT-3.(b)",
                "lead": ["MOSWY"],
                "contributing": ["SSS", "RA", "ONAC", "NTF", "RATC"],
                "start_year": None,
                "end_year": None,
                "timeframe": "Continuously",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROT-3.(b).1",
                        "name": (
                            "Number and percentage of relevant actors familiar with "
                            "SOPs and their responsibilities (training sessions held, "
                            "guidelines prepared and distributed) Monitoring Reports"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PROT-3.(b).3.5",
                "title": (
                    "Raising awareness of private sector employers for the "
                    "identification of potential victims of trafficking"
                ),
                "level": 3,
                "parent": "PROT-3.(b)",
                "lead": ["ONAC"],
                "contributing": ["MOSWY", "NAEA"],
                "start_year": 2015,
                "end_year": 2017,
                "timeframe": "2015-2017",
                "budget": None,
                "indicators": [
                    {
                        "code": "PROT-3.(b).3.5",
                        "name": (
                            "Number of victims of trafficking identified by the "
                            "private sector"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PREV-1",
                "title": (
                    "To raise public awareness on human trafficking in all its forms "
                    "(internal trafficking, labour exploitation, child begging, etc.) "
                    "and its social consequences"
                ),
                "level": 1,
                "parent": "PREV",
                "lead": [],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PREV-1.(a)",
                "title": (
                    "To raise the awareness of the public on human trafficking and its "
                    "consequences, and to enhance the role of the media in preventing "
                    "trafficking through public awareness"
                ),
                "level": 2,
                "parent": "PREV-1",
                "lead": [],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PREV-1.(a).1",
                "title": (
                    "General-public awareness on all its forms (internal/ "
                    "international trafficking, trafficking for sexual, labour "
                    "exploitation, other forms), alternatives and assistance; "
                    "suggesting to be a TIP fighter. Sub-list (L980): TV Public "
                    "Service …"
                ),
                "level": 3,
                "parent": "PREV-1.(a)",
                "lead": ["ONAC"],
                "contributing": ["RATC", "NRM", "NCASH"],
                "start_year": None,
                "end_year": None,
                "timeframe": "Continuously",
                "budget": None,
                "indicators": [
                    {
                        "code": "PREV-1.(a).1",
                        "name": (
                            "Existence of awareness raising campaigns and materials "
                            "covering all forms of TIP Awareness-raising materials "
                            "available at strategic public places No of airings of "
                            "commercials in TV media, radio stations and social media. "
                            "Percentage of general public that is aware of causes, "
                            "methods and forms of TIP (adults and children), as one of "
                            "the forms of serious crimes and of the violation of basic "
                            "human rights, and knows where to turn in case of "
                            "suspicion Per cent of self-identified PVoTs and VoTs on "
                            "account of awareness-raising campaigns/materials"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["channel", "media_type"],
                        "source": "campaign_activities",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PREV-1.(a).2",
                "title": (
                    "Implement awareness training for journalists on the role of the "
                    "media in preventing TIP/internal trafficking, for all forms of "
                    "trafficking in adults or children (sexual exploitation, "
                    "exploitation for forced labour/slavery, begging, etc.)"
                ),
                "level": 3,
                "parent": "PREV-1.(a)",
                "lead": ["ONAC"],
                "contributing": ["NTF", "RA", "JOURNALISTS_ASSOC", "AMI", "NGO", "ON"],
                "start_year": 2015,
                "end_year": 2015,
                "timeframe": "2015 and in continuation",
                "budget": None,
                "indicators": [
                    {
                        "code": "PREV-1.(a).2",
                        "name": (
                            "Number of trainings for representatives of the printed "
                            "and visual media, number of journalists trained; Number "
                            "and quality of press articles"
                        ),
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["profession"],
                        "source": "training_participants",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PREV-1.(a).3",
                "title": (
                    "Development of a Code of Ethics and Manual for journalists "
                    "Training of journalists and distribution of manuals … Sponsoring "
                    "of an annual prize"
                ),
                "level": 3,
                "parent": "PREV-1.(a)",
                "lead": ["ONAC"],
                "contributing": [
                    "RA",
                    "JOURNALISTS_ASSOC",
                    "AMI",
                    "SACRP",
                    "AMA",
                    "NGO",
                    "ON",
                ],
                "start_year": None,
                "end_year": None,
                "timeframe": "Continuously",
                "budget": None,
                "indicators": [
                    {
                        "code": "PREV-1.(a).3",
                        "name": (
                            "Target: Improved knowledge on TIP and sensitive, "
                            "non-stigmatizing reporting of national media (TV and "
                            "radio) staff; resulting in a higher number and a higher "
                            "quality of media/TV coverage No of journalists trained "
                            "and manuals with agreed Code of Ethics distributed No and "
                            "quality of media reports Existence of monitoring report "
                            "with recommendations"
                        ),
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["profession"],
                        "source": "training_participants",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PREV-1.(a).4",
                "title": (
                    "Hotline Operators shall be trained and qualified and they will be "
                    "provided guidelines for treatment and referral of cases"
                ),
                "level": 3,
                "parent": "PREV-1.(a)",
                "lead": ["MI"],
                "contributing": ["ONAC", "GDSP", "RA", "NGO"],
                "start_year": None,
                "end_year": None,
                "timeframe": "Continuously",
                "budget": None,
                "indicators": [
                    {
                        "code": "PREV-1.(a).4",
                        "name": (
                            "Help line is operational 24/7; with qualified (trained) "
                            "hotline staff"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PREV-1.(a).5",
                "title": (
                    "Implement nationally the currently piloted smart phone app Report "
                    "and Save, aimed at raising public awareness on TIP, facilitating "
                    "early identification and providing rapid access to information on "
                    "available assistance."
                ),
                "level": 3,
                "parent": "PREV-1.(a)",
                "lead": ["ONAC"],
                "contributing": ["WORLD_VISION", "VODAFONE_FOUNDATION"],
                "start_year": 2014,
                "end_year": 2014,
                "timeframe": "By end 2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "PREV-1.(a).5",
                        "name": (
                            "National availability of smart phone app Number of hits "
                            "Number of reported suspected cases"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PREV-1.(a).5-bis",
                "title": (
                    "Continue awareness campaign against all forms of child "
                    "trafficking."
                ),
                "level": 3,
                "parent": "PREV-1.(a)",
                "lead": ["MI"],
                "contributing": ["ONAC", "GDSP", "RA", "NGO", "ON"],
                "start_year": None,
                "end_year": None,
                "timeframe": "Continuously",
                "budget": None,
                "indicators": [
                    {
                        "code": "PREV-1.(a).5-bis",
                        "name": (
                            "Number of persons familiar with information on human "
                            "trafficking and its various forms"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "campaign_reach",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PREV-1.(b)",
                "title": (
                    "To raise awareness human trafficking and its consequences/dangers "
                    'among identified "at risk" groups'
                ),
                "level": 2,
                "parent": "PREV-1",
                "lead": [],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PREV-1.(b).1",
                "title": (
                    "Including training to community leaders and/or religious leaders "
                    "to encourage their provision of anti- trafficking and economic "
                    "alternatives/safe-migration training"
                ),
                "level": 3,
                "parent": "PREV-1.(b)",
                "lead": ["RATC"],
                "contributing": ["NJVQV", "ONAC", "NGO", "ON"],
                "start_year": None,
                "end_year": None,
                "timeframe": "Continuously",
                "budget": None,
                "indicators": [
                    {
                        "code": "PREV-1.(b).1",
                        "name": (
                            "Tailored awareness raising campaigns designed and "
                            "implemented Percentage increase in target populations who "
                            "can name the main purposes for which people are "
                            "trafficked, and the main ways in which people are "
                            "recruited, and where to receive help"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["region"],
                        "source": "campaign_reach",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PREV-1.(c)",
                "title": (
                    "To improve the awareness of children and youth about trafficking "
                    "and its dangers/ consequences"
                ),
                "level": 2,
                "parent": "PREV-1",
                "lead": [],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PREV-1.(c).1",
                "title": (
                    "2. Continuous training of school personnel, teachers, the school "
                    "psycho-social service (psychologists, social workers) and school "
                    "doctors, 3. on TIP-related subjects, its aims, recruitment "
                    "conditions and methods and ways to prevent them"
                ),
                "level": 3,
                "parent": "PREV-1.(c)",
                "lead": ["MES"],
                "contributing": ["RED", "RATC"],
                "start_year": 2015,
                "end_year": 2017,
                "timeframe": "2015-2017",
                "budget": None,
                "indicators": [
                    {
                        "code": "PREV-1.(c).1",
                        "name": (
                            "Number and percentage of school personnel and of "
                            "school-aged children (of all respective levels) that have "
                            "knowledge about TIP phenomenon, its risks and causes, "
                            "necessary contacts for signalling and receiving "
                            "assistance.; Target: At least one person/school has "
                            "undergone training and professionally implements the TIP "
                            "module by the end of May 2015."
                        ),
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["profession", "region"],
                        "source": "training_participants",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PREV-1.(c).2",
                "title": (
                    "Organize class discussions on TIP with the involvement of "
                    "anti-trafficking actors dealing with PVoTs and VoTs"
                ),
                "level": 3,
                "parent": "PREV-1.(c)",
                "lead": ["MES"],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "Academic years 2014 - 2017",
                "budget": None,
                "indicators": [
                    {
                        "code": "PREV-1.(c).2",
                        "name": (
                            "No of class discussions with responsible anti-TIP "
                            "stakeholders"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["region"],
                        "source": "campaign_activities",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PREV-1.(c).3",
                "title": (
                    "Include anti-trafficking awareness training in the life "
                    "skill/education/vocational training programs for school dropouts"
                ),
                "level": 3,
                "parent": "PREV-1.(c)",
                "lead": ["MES"],
                "contributing": [],
                "start_year": 2015,
                "end_year": 2015,
                "timeframe": "End of 2015",
                "budget": None,
                "indicators": [
                    {
                        "code": "PREV-1.(c).3",
                        "name": (
                            "Curricula contain mandatory TIP awareness training; class "
                            "lesson plans"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PREV-1.(d)",
                "title": (
                    'Raise the awareness of all actors working with "at risk" '
                    "groups, including public health employees, on initial "
                    "identification, assistance and referral of VoTs/PVoTs; and of "
                    "clients/potential exploiters"
                ),
                "level": 2,
                "parent": "PREV-1",
                "lead": [],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PREV-1.(d).1",
                "title": (
                    "Awareness-raising of public health staff/ family doctors on TIP, "
                    "through informational materials and short training sessions"
                ),
                "level": 3,
                "parent": "PREV-1.(d)",
                "lead": ["MHSP"],
                "contributing": ["ONAC", "NRM"],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "Last quarter of 2014 – 2017",
                "budget": None,
                "indicators": [
                    {
                        "code": "PREV-1.(d).1",
                        "name": (
                            "Percentage of health staff/family doctors that are "
                            "trained and understand their role as active stakeholders "
                            "in TIP preventive efforts (adults and children) Number of "
                            "referrals of potential victims persons and of potential "
                            "TIP cases Target: At least 50% of health staff trained "
                            "and aware of their active role in the efforts to prevent "
                            "TIP (adults and children)"
                        ),
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["region"],
                        "source": "training_participants",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PREV-1.(d).2",
                "title": (
                    "Job descriptions for health staff, including the necessity to "
                    "obtain the relevant knowledge/skills"
                ),
                "level": 3,
                "parent": "PREV-1.(d)",
                "lead": ["MHSP"],
                "contributing": [],
                "start_year": 2015,
                "end_year": 2017,
                "timeframe": "2015-2017",
                "budget": None,
                "indicators": [
                    {
                        "code": "PREV-1.(d).2",
                        "name": (
                            "Job descriptions of health staff include their "
                            "role/responsibility as active stakeholders in the "
                            "prevention of TIP (adults and children) during the "
                            "exercise of their everyday tasks."
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PREV-1.(d).3",
                "title": (
                    "Development of informational materials/ brochures for health staff"
                ),
                "level": 3,
                "parent": "PREV-1.(d)",
                "lead": ["MHSP"],
                "contributing": [],
                "start_year": 2015,
                "end_year": 2015,
                "timeframe": "2015",
                "budget": None,
                "indicators": [
                    {
                        "code": "PREV-1.(d).3",
                        "name": (
                            "Existence and dissemination of brochures Target: all "
                            "health workers/ registered family doctors receive "
                            "information materials/brochures"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["region"],
                        "source": "material_distributed",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PREV-1.(d).4",
                "title": (
                    "Campaigns for professionals working with at-risk groups; "
                    "Training, Guidelines and information brochures are foreseen in "
                    "the context of training of local multi-disciplinary coordination "
                    "groups"
                ),
                "level": 3,
                "parent": "PREV-1.(d)",
                "lead": ["ONAC"],
                "contributing": ["NRM", "RA", "RATC", "NGO"],
                "start_year": None,
                "end_year": None,
                "timeframe": "Continuously",
                "budget": None,
                "indicators": [
                    {
                        "code": "PREV-1.(d).4",
                        "name": (
                            "Percentage of people working with 'potential victims' "
                            "groups who can describe human trafficking (forms of "
                            "recruitment, exploitation, etc.), the indicators of human "
                            "trafficking, and ways of identifying (through recognizing "
                            "indicators and interview guidelines) and referral, as "
                            "need be Number of referrals by actor"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PREV-1.(d).5",
                "title": (
                    "Implement campaigns targeting demand for forced labour and for "
                    "sexual exploitation, including Campaigns targeting clients of sex "
                    "workers …; Campaigns explaining that the use of trafficked "
                    "persons for sexual exploitation, or other forms of …"
                ),
                "level": 3,
                "parent": "PREV-1.(d)",
                "lead": ["ONAC"],
                "contributing": [],
                "start_year": 2015,
                "end_year": 2017,
                "timeframe": "2015-2017",
                "budget": None,
                "indicators": [
                    {
                        "code": "PREV-1.(d).5",
                        "name": (
                            "Existence of campaigns Number of victims identified by "
                            "clients"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PREV-1.(d).6",
                "title": (
                    "Awareness raising and training on human trafficking of Albanian "
                    "soldiers before being sent on military and peace-keeping missions "
                    "abroad"
                ),
                "level": 3,
                "parent": "PREV-1.(d)",
                "lead": ["MOD"],
                "contributing": ["ONAC"],
                "start_year": None,
                "end_year": None,
                "timeframe": "Prior to deployment",
                "budget": None,
                "indicators": [
                    {
                        "code": "PREV-1.(d).6",
                        "name": (
                            "Percentage of Albanian soldiers trained prior to "
                            "deployment abroad"
                        ),
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "training_participants",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PREV-2",
                "title": "to reduce vulnerability to human trafficking",
                "level": 1,
                "parent": "PREV",
                "lead": [],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PREV-2.(a)",
                "title": (
                    "To enhance economic and other livelihood options for vulnerable "
                    "groups for potential victim groups (see the Social Inclusion "
                    "Strategy)"
                ),
                "level": 2,
                "parent": "PREV-2",
                "lead": [],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PREV-2.(a).2",
                "title": (
                    "To foster safe & legal migration possibilities and raise "
                    "awareness of what at risk groups can do to lower the risk"
                ),
                "level": 3,
                "parent": "PREV-2.(a)",
                "lead": ["MOSWY"],
                "contributing": ["MEFA", "MI", "DKM"],
                "start_year": None,
                "end_year": None,
                "timeframe": "Continuously",
                "budget": None,
                "indicators": [
                    {
                        "code": "PREV-2.(a).2",
                        "name": (
                            "Number of beneficiaries employed through legal migration "
                            "programs"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PREV-2.(a).2.2",
                "title": (
                    "Maintain a job vetting and information hotline on job openings, "
                    "and continue providing safe migration information on government "
                    "websites (MFA and the Mol), and publicize these among potential "
                    "victims groups."
                ),
                "level": 3,
                "parent": "PREV-2.(a)",
                "lead": ["MOSWY"],
                "contributing": ["MI", "MEFA", "RATC", "NJVQV", "ONAC", "NGO"],
                "start_year": None,
                "end_year": None,
                "timeframe": "Continuously",
                "budget": None,
                "indicators": [
                    {
                        "code": "PREV-2.(a).2.2",
                        "name": (
                            "Existence of job vetting and information hotlines, safe "
                            "migration information sites on the internet, Information "
                            "on hotline and safe migration website links available at "
                            "places frequented by potential victims groups Percentage "
                            "of those 'at risk' who know how to verify job offers and "
                            "other ways of protecting themselves prior to departure"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PREV-2.(a).2.3",
                "title": (
                    "Provision of labour legislation information and advice for "
                    "Albanian nationals working abroad through the Albanian "
                    "diplomatic/ consular staff, incl. information on labour "
                    "legislation and rights and assistance in recognizing fictitious "
                    "work contracts"
                ),
                "level": 3,
                "parent": "PREV-2.(a)",
                "lead": ["MEFA"],
                "contributing": ["MOSWY", "NAEA", "ONAC"],
                "start_year": None,
                "end_year": None,
                "timeframe": "Continuously",
                "budget": None,
                "indicators": [
                    {
                        "code": "PREV-2.(a).2.3",
                        "name": (
                            "Information material distributed Number of persons "
                            "informed/counselled; Number of identified cases of labour "
                            "exploitation of Albanian nationals in destination "
                            "countries"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "campaign_reach",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PREV-2.(b)",
                "title": "To improve the social inclusion of potential victim groups",
                "level": 2,
                "parent": "PREV-2",
                "lead": [],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PREV-2.(b).5.1",
                "title": (
                    "Community development programmes including awareness sessions and "
                    "personal empowerment programs for women and youth (incl. human "
                    "rights and life skills"
                ),
                "level": 3,
                "parent": "PREV-2.(b)",
                "lead": ["MES"],
                "contributing": [
                    "RED",
                    "MOSWY",
                    "SSS",
                    "RATC",
                    "NJVQV",
                    "ONAC",
                    "NGO",
                    "ON",
                ],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "2014 - 2017",
                "budget": None,
                "indicators": [
                    {
                        "code": "PREV-2.(b).5.1",
                        "name": (
                            "Availability of community development programs in all "
                            "identified potential victims communities, Longer-term "
                            "funding of CBOs and community-level activities is secured"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PREV-2.(b).7",
                "title": (
                    "The capacity buildings of Child Protection Units (CPU) to "
                    "identify PV/VoT through trainings, information sharing etc."
                ),
                "level": 3,
                "parent": "PREV-2.(b)",
                "lead": ["MOSWY"],
                "contributing": ["ONAC", "NGO", "ON"],
                "start_year": 2015,
                "end_year": 2015,
                "timeframe": "Beginning 2015",
                "budget": None,
                "indicators": [
                    {
                        "code": "PREV-2.(b).7",
                        "name": (
                            "Target: full national coverage with CPUs by MoSWY. "
                            "Existence of job profiles for child protection workers, "
                            "licensed social workers; CPUs will be integral part of "
                            "planned social protection and assistance structures"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PREV-2.(b).8",
                "title": (
                    "Institutionalize 'child Protection systems' in schools, by "
                    "establishing a trained School psychologist and social worker as "
                    "'child protector' in each school"
                ),
                "level": 3,
                "parent": "PREV-2.(b)",
                "lead": ["MES"],
                "contributing": ["RED", "NGO", "ON"],
                "start_year": 2015,
                "end_year": 2016,
                "timeframe": "2015 - 2016",
                "budget": None,
                "indicators": [
                    {
                        "code": "PREV-2.(b).8",
                        "name": (
                            "Number of child protection systems at least in most "
                            "affected schools (as per assessment); with at least one "
                            "trained contact point/psychologist /social worker, linked "
                            "to local referral group"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PREV-3",
                "title": (
                    "to ensure preventative and protective mechanisms and provide "
                    "assistance at municipalities, serving groups/individuals as well "
                    "as potential victims of trafficking and victims of trafficking"
                ),
                "level": 1,
                "parent": "PREV",
                "lead": [],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PREV-3.(b)",
                "title": (
                    "Ensure psycho-social, legal and healthcare support to PVoTs and "
                    "trafficked persons for their re-integration, including social "
                    "services, housing and information to groups and persons in need"
                ),
                "level": 2,
                "parent": "PREV-3",
                "lead": [],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PREV-3.(b).2",
                "title": (
                    "Disseminate information to groups/ individuals in need about "
                    "social services"
                ),
                "level": 3,
                "parent": "PREV-3.(b)",
                "lead": ["RATC"],
                "contributing": ["MES", "MOSWY", "MHSP", "NJVQV", "ONAC"],
                "start_year": None,
                "end_year": None,
                "timeframe": "Continuously",
                "budget": None,
                "indicators": [
                    {
                        "code": "PREV-3.(b).2",
                        "name": (
                            "Existence of list of available services for target groups "
                            "... Number and percent of target groups who know about "
                            "the social assistance and services at their disposal"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PREV-4",
                "title": (
                    "To deter potential trafficking in human beings and to eliminate "
                    "actual exploitative trafficking situations through administrative "
                    "measures"
                ),
                "level": 1,
                "parent": "PREV",
                "lead": [],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PREV-4.(a)",
                "title": (
                    "Ensure the regulation and monitoring of all sectors of society "
                    "that can be affected by trafficking and prevention/identification "
                    "through measures at the borders"
                ),
                "level": 2,
                "parent": "PREV-4",
                "lead": [],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "PREV-4.(a).1",
                "title": (
                    "Licensing and monitoring of private employment agencies (PEAs)"
                ),
                "level": 3,
                "parent": "PREV-4.(a)",
                "lead": ["MOSWY"],
                "contributing": ["ISHPSH", "PEA_ASSOC"],
                "start_year": None,
                "end_year": None,
                "timeframe": "Continuously",
                "budget": None,
                "indicators": [
                    {
                        "code": "PREV-4.(a).1",
                        "name": (
                            "... Number/ Percentage of Private Employment Agencies/ "
                            "staff who are trained and who know the Code of Ethics"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PREV-4.(a).2",
                "title": "… to train PEA staff on preventing/ detecting TIP",
                "level": 3,
                "parent": "PREV-4.(a)",
                "lead": ["MOSWY"],
                "contributing": ["PEA_ASSOC"],
                "start_year": None,
                "end_year": None,
                "timeframe": "Continuously",
                "budget": None,
                "indicators": [
                    {
                        "code": "PREV-4.(a).2",
                        "name": (
                            "... PEA staff trained Number of (increase in) annual job "
                            "placements through PEAs in general, and of potential "
                            "victims persons"
                        ),
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "training_participants",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PREV-4.(a).3",
                "title": (
                    "Promote the Code of Ethics in Tourism and train all tourism/hotel "
                    "staff on their role in preventing and detecting TIP"
                ),
                "level": 3,
                "parent": "PREV-4.(a)",
                "lead": ["MTE"],
                "contributing": [
                    "GDSP",
                    "ONAC",
                    "OSCE_PIA",
                    "PRIVATE_BUSINESS",
                    "TOURISM_ASSOC",
                ],
                "start_year": None,
                "end_year": None,
                "timeframe": "Continuously",
                "budget": None,
                "indicators": [
                    {
                        "code": "PREV-4.(a).3",
                        "name": (
                            "First monitoring report by mid 2015 Periodic monitoring "
                            "reports Number of reported cases of non-compliance and "
                            "sanctions Number of trained staff"
                        ),
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "training_participants",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PREV-4.(a).4",
                "title": (
                    "Code of Conduct for Businesses (prohibiting child labour); "
                    "licensing of other industries"
                ),
                "level": 3,
                "parent": "PREV-4.(a)",
                "lead": ["MOSWY"],
                "contributing": ["ISHPSH", "MFE", "LINE_MINISTRIES"],
                "start_year": 2015,
                "end_year": 2015,
                "timeframe": "2015",
                "budget": None,
                "indicators": [
                    {
                        "code": "PREV-4.(a).4",
                        "name": "... Staff trained on Code of Conduct and TIP ...",
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "training_participants",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "PREV-4.(a).7",
                "title": (
                    "To train Border and Migration Police : to identify migrants "
                    "entering or exiting Albania who may be potential victims to "
                    "provide them information on their rights"
                ),
                "level": 3,
                "parent": "PREV-4.(a)",
                "lead": ["MI"],
                "contributing": ["GDSP", "NGO", "ON"],
                "start_year": 2014,
                "end_year": 2015,
                "timeframe": "Last quarter of 2014 -2015",
                "budget": None,
                "indicators": [
                    {
                        "code": "PREV-4.(a).7",
                        "name": (
                            "Border and Migration Police trained Availability of "
                            "posters and brochures at all border crossing areas "
                            "Information material distributed to potential victims of "
                            "trafficking"
                        ),
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "training_participants",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "COOR-1",
                "title": (
                    "Ensure the co-ordination of all anti-trafficking measures and "
                    "effective co-operation among all actors, in particular with the "
                    "Domestic Violence and Violence against Children Mechanisms"
                ),
                "level": 1,
                "parent": "COOR",
                "lead": [],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "COOR-1.(a)",
                "title": (
                    "To ensure a continuous oversight of all actors involved in the "
                    "fight against human trafficking and of the projects/measures "
                    "implemented in the country; encourage information sharing among "
                    "all partner organizations, state and non-state organizations"
                ),
                "level": 2,
                "parent": "COOR-1",
                "lead": [],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "COOR-1.(a).1",
                "title": (
                    "Maintain an up to date roster of anti-trafficking actors and "
                    "activities accessible via the ONAC website"
                ),
                "level": 3,
                "parent": "COOR-1.(a)",
                "lead": ["ONAC"],
                "contributing": [],
                "start_year": None,
                "end_year": None,
                "timeframe": "Continuously",
                "budget": None,
                "indicators": [
                    {
                        "code": "COOR-1.(a).1",
                        "name": (
                            "Existence of regularly updated roster of actors and list "
                            "of projects/measures ONAC Website regularly updated"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "COOR-1.(a).2",
                "title": (
                    "Ensure regular information exchange among all relevant actors by "
                    "way of ONAC website Regular news bulletins Regular meetings …"
                ),
                "level": 3,
                "parent": "COOR-1.(a)",
                "lead": ["ONAC"],
                "contributing": [],
                "start_year": None,
                "end_year": None,
                "timeframe": "Continuously",
                "budget": None,
                "indicators": [
                    {
                        "code": "COOR-1.(a).2",
                        "name": (
                            "ONAC Website regularly updated Regular meetings held "
                            "Existence of biannual and annual situation and activity "
                            "reports on anti-trafficking (objective-level indicator at "
                            "L1290: ONAC website contains up to date information, "
                            "regular newsletters issued)"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "COOR-1.(b)",
                "title": (
                    "Ensure the efficient functioning of the coordination and "
                    "cooperation framework (policy and standard setting, monitoring "
                    "and review, case management) through the National Referral "
                    "Mechanism"
                ),
                "level": 2,
                "parent": "COOR-1",
                "lead": [],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "COOR-1.(b).1",
                "title": (
                    "ONAC function: Informing/training all anti-trafficking actors on "
                    "their TORs, standards and SOPs, and provision of guiding packages "
                    "as necessary"
                ),
                "level": 3,
                "parent": "COOR-1.(b)",
                "lead": ["MI"],
                "contributing": ["ONAC"],
                "start_year": None,
                "end_year": None,
                "timeframe": "Continuously",
                "budget": None,
                "indicators": [
                    {
                        "code": "COOR-1.(b).1",
                        "name": (
                            "Target: at least 4 additional staff, ONAC budget increase "
                            "by 10% annually ... Existence of annual ONAC activity "
                            "report"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "COOR-1.(b).4",
                "title": (
                    "Conducting information/ training sessions on respective Terms of "
                    "Reference and the functions and tasks of focal points; providing "
                    "also information on relevant standards and SOPs; and through the "
                    "provision of tailored guidance packages for all actors"
                ),
                "level": 3,
                "parent": "COOR-1.(b)",
                "lead": ["ONAC"],
                "contributing": ["RATC"],
                "start_year": 2015,
                "end_year": 2015,
                "timeframe": "First quarter of 2015",
                "budget": None,
                "indicators": [
                    {
                        "code": "COOR-1.(b).4",
                        "name": (
                            "Percentage of actors/ focal points that are familiar with "
                            "their roles and responsibilities Number of training/ "
                            "information sessions held Existence of tailored guidance "
                            "packages for all key anti-trafficking actors"
                        ),
                        "unit": "sessions",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "training_sessions",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "COOR-1.(c)",
                "title": (
                    "To strengthen the anti-trafficking response at regional level and "
                    "at the level of municipalities"
                ),
                "level": 2,
                "parent": "COOR-1",
                "lead": [],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "COOR-1.(c).1",
                "title": (
                    "4. Conduct trainings/workshops with Regional Committees to design "
                    "work plans of RCAT and Technical Tables in line with new Terms of "
                    "references, and provide guidance packages"
                ),
                "level": 3,
                "parent": "COOR-1.(c)",
                "lead": ["ONAC"],
                "contributing": ["QARK_COUNCILS", "RATC", "NRM"],
                "start_year": 2015,
                "end_year": 2015,
                "timeframe": "Second quarter of 2015 / Continuously",
                "budget": None,
                "indicators": [
                    {
                        "code": "COOR-1.(c).1",
                        "name": (
                            "Number of RATC coordinators trained; Existence of a "
                            "guiding package for RATC; Existence of annual work plans "
                            "for all RATC; Annual reports for RATC activities"
                        ),
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["region"],
                        "source": "training_participants",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "COOR-1.(c).3",
                "title": (
                    "Municipal interdisciplinary mechanisms (Local Coordination Groups "
                    "and Local Coordination Focal points)"
                ),
                "level": 3,
                "parent": "COOR-1.(c)",
                "lead": ["NJVQV"],
                "contributing": ["RATC", "ONAC", "RA", "NRM", "ON"],
                "start_year": 2015,
                "end_year": 2015,
                "timeframe": "2015 onwards",
                "budget": None,
                "indicators": [
                    {
                        "code": "COOR-1.(c).3",
                        "name": (
                            "Number and percentage of Mechanism Members trained and "
                            "that are aware of TIP, can name The indicators/signs and "
                            "know the SOPs"
                        ),
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["region"],
                        "source": "training_participants",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "COOR-1.(c).3.4",
                "title": "Nominate local coordination focal points … and train them",
                "level": 3,
                "parent": "COOR-1.(c)",
                "lead": ["NJVQV"],
                "contributing": ["RATC", "ONAC"],
                "start_year": 2015,
                "end_year": 2015,
                "timeframe": "2015",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "COOR-1.(c).3.5",
                "title": (
                    "Train the multidisciplinary groups at municipal/commune level on "
                    "the SOPs of identification"
                ),
                "level": 3,
                "parent": "COOR-1.(c)",
                "lead": ["ONAC"],
                "contributing": ["ON"],
                "start_year": None,
                "end_year": None,
                "timeframe": "Continuous",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "COOR-1.(d)",
                "title": (
                    "To raise awareness country-wide of the Anti-Trafficking Strategy "
                    "and the NAP; guarantee that respective roles and responsibilities "
                    "are clearly understood and foster the implementation of the "
                    "Strategy/NAP"
                ),
                "level": 2,
                "parent": "COOR-1",
                "lead": [],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "COOR-1.(d).1",
                "title": (
                    "Promote the new Strategy and NAP widely throughout the country by "
                    "disseminating copies of the Strategy and NAP via the official "
                    "launch and other channels"
                ),
                "level": 3,
                "parent": "COOR-1.(d)",
                "lead": ["ONAC"],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2014,
                "timeframe": "November 2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "COOR-1.(d).1",
                        "name": (
                            "Strategy launched and disseminated to all key actors "
                            "Number and percentage of national, regional and local "
                            "actors who are familiar with the new Strategy/NAP"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "COOR-1.(d).2",
                "title": (
                    "Organize workshops/ meetings with all actors involved in the "
                    "implementation of the NAP, to: 1. Present the Strategy/ NAP … 2. "
                    "Provide information and guidance on the requirement to draft "
                    "(annual) Work Plans with Resource Plans and Monitoring Plans"
                ),
                "level": 3,
                "parent": "COOR-1.(d)",
                "lead": ["ONAC"],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2015,
                "timeframe": "End of 2014/ Beginning of 2015",
                "budget": None,
                "indicators": [
                    {
                        "code": "COOR-1.(d).2",
                        "name": (
                            "Workshops held with all national and regional actors "
                            "Existence of annual work plans and resource plans, as "
                            "well as monitoring plans for key bodies and actors"
                        ),
                        "unit": "sessions",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["region"],
                        "source": "training_sessions",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "COOR-2",
                "title": (
                    "Ensure that all information and data relevant to scope human "
                    "trafficking and to effectively prevent and counter it are "
                    "available, accessible to all actors involved and exchanged "
                    "regularly at both national and international levels"
                ),
                "level": 1,
                "parent": "COOR",
                "lead": [],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "COOR-2.(a)",
                "title": (
                    "To establish information and data sharing mechanism in line with "
                    "the Law on Personal Protection, according to agreed definitions "
                    "and for defined key data"
                ),
                "level": 2,
                "parent": "COOR-2",
                "lead": [],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "COOR-2.(a).2.2",
                "title": (
                    "National TIP assessment reports, validated, disseminate "
                    "nationally and internationally"
                ),
                "level": 3,
                "parent": "COOR-2.(a)",
                "lead": ["ONAC"],
                "contributing": ["NTF"],
                "start_year": None,
                "end_year": None,
                "timeframe": "End of Every year",
                "budget": None,
                "indicators": [
                    {
                        "code": "COOR-2.(a).2.2",
                        "name": (
                            "Existence of validated national situation assessment as "
                            "baseline for future review Existence of regular (bi- "
                            "annual) situation assessment reports"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "COOR-3",
                "title": (
                    "Continuously improve the anti-trafficking response through a "
                    "system for the regular review, monitoring and evaluation of the "
                    "Strategy and NAP"
                ),
                "level": 1,
                "parent": "COOR",
                "lead": [],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "COOR-3.(a)",
                "title": (
                    "Ensure the systematic collection and analysis of relevant "
                    "information and data at operational and strategic level, in line "
                    "with the Law on Personal Data Protection"
                ),
                "level": 2,
                "parent": "COOR-3",
                "lead": [],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "COOR-3.(a).2",
                "title": (
                    "Monitoring ToR and plan; Workshop on monitoring held with all "
                    "implementing partners"
                ),
                "level": 3,
                "parent": "COOR-3.(a)",
                "lead": ["ONAC"],
                "contributing": ["NTF", "NRM", "RATC", "ON"],
                "start_year": 2014,
                "end_year": 2014,
                "timeframe": "December 2014",
                "budget": None,
                "indicators": [
                    {
                        "code": "COOR-3.(a).2",
                        "name": (
                            "... Workshop on monitoring held with all implementing "
                            "partners; Number and percentage of actors familiar with "
                            "and compliant with monitoring plan and reporting "
                            "requirements"
                        ),
                        "unit": "sessions",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "training_sessions",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "COOR-3.(c)",
                "title": (
                    "To ensure the regular review of all activities provided for in "
                    "NAP and to revise/update the Strategy/NAP 2014-17 in light of the "
                    "review findings"
                ),
                "level": 2,
                "parent": "COOR-3",
                "lead": [],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "COOR-3.(c).3",
                "title": "NAP review working group",
                "level": 3,
                "parent": "COOR-3.(c)",
                "lead": ["ONAC"],
                "contributing": ["NTF", "EXPERTS", "ON"],
                "start_year": 2016,
                "end_year": 2016,
                "timeframe": "Mid 2016",
                "budget": None,
                "indicators": [
                    {
                        "code": "COOR-3.(c).3",
                        "name": "Review Working Group identified and trained",
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "CH-PROS-1",
                "title": (
                    "Increase successful prosecutions and appropriate sentences for "
                    "all forms of child trafficking and ensure child-sensitive "
                    "criminal proceedings"
                ),
                "level": 1,
                "parent": "CH",
                "lead": [],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "CH-PROS-1.(b)",
                "title": (
                    "Implement standards and SOPs for the sensitive treatment of child "
                    "victims during investigations and criminal proceedings; "
                    "specialise officials; guarantee legal redress and compensation"
                ),
                "level": 2,
                "parent": "CH-PROS-1",
                "lead": [],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "CH-PROS-1.(b).1",
                "title": (
                    "Systematic and recurrent specialist training for law enforcement "
                    "and judiciary on child trafficking and special treatment for "
                    "children."
                ),
                "level": 3,
                "parent": "CH-PROS-1.(b)",
                "lead": ["MJ"],
                "contributing": ["MI", "SEC_ACADEMY", "SCC", "NRM", "NGO", "ON"],
                "start_year": None,
                "end_year": None,
                "timeframe": "Continuously",
                "budget": None,
                "indicators": [
                    {
                        "code": "CH-PROS-1.(b).1",
                        "name": (
                            "Recurrent training scheme on children trafficking and "
                            "child-specific standards on treatment Annual training "
                            "plans Number and percentage of relevant officials trained"
                        ),
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["profession"],
                        "source": "training_participants",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "CH-PROS-1.(b).2",
                "title": (
                    "Guidelines on interviewing and evidence gathering from child "
                    "victims of trafficking (presence of legal custodian, social "
                    "worker/psychologist, video-recorded testimony, etc.)"
                ),
                "level": 3,
                "parent": "CH-PROS-1.(b)",
                "lead": ["MJ"],
                "contributing": ["PP", "GDSP", "SCC", "NRM", "NGO", "ON"],
                "start_year": None,
                "end_year": None,
                "timeframe": "Continuously",
                "budget": None,
                "indicators": [
                    {
                        "code": "CH-PROS-1.(b).2",
                        "name": (
                            "Existence of guidelines ... Number and percent of "
                            "relevant officials who are familiar with these guidelines "
                            "Content of case protocols Number and percentage of child "
                            "VoTs treated in accordance with these guidelines"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "CH-PROS-1.(b).6",
                "title": (
                    "Increase their capacities, through joint training Sessions to "
                    "identify and refer children PVoTs and VoTs"
                ),
                "level": 3,
                "parent": "CH-PROS-1.(b)",
                "lead": ["GDSP"],
                "contributing": ["SFAIT", "NGO", "ON"],
                "start_year": None,
                "end_year": None,
                "timeframe": "Continuously",
                "budget": None,
                "indicators": [
                    {
                        "code": "CH-PROS-1.(b).6",
                        "name": (
                            "Number of regular meetings Number of joint training "
                            "sessions on the the identification of Potential victims "
                            "of trafficking and victims of trafficking"
                        ),
                        "unit": "sessions",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "training_sessions",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "CH-PROT-1",
                "title": (
                    "Ensure identification, referral and the provision of protection "
                    "and re-integration assistance to children at risk, and children "
                    "potential victims of trafficking and victims of trafficking, in "
                    "line with the SOPs on the treatment of children"
                ),
                "level": 1,
                "parent": "CH",
                "lead": [],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "CH-PROT-1.(a)",
                "title": (
                    "Enhance the implementation of the SOPs on the treatment of "
                    "potential child victims and child victims of trafficking, and "
                    "closely monitor their implementation"
                ),
                "level": 2,
                "parent": "CH-PROT-1",
                "lead": [],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "CH-PROT-1.(a).2",
                "title": (
                    "Functional mechanism for child SOPs (registration of returned "
                    "children at the border, referral, escorting, monitoring)"
                ),
                "level": 3,
                "parent": "CH-PROT-1.(a)",
                "lead": ["MI"],
                "contributing": ["MOSWY", "MHSP", "MES", "NGO", "ON"],
                "start_year": 2015,
                "end_year": 2015,
                "timeframe": "2015",
                "budget": None,
                "indicators": [
                    {
                        "code": "CH-PROT-1.(a).2",
                        "name": (
                            "Existence of overall and actor-specific guidelines for "
                            "the implementation of SOPs Municipal multi-disciplinary "
                            "coordination groups on adult and child trafficking "
                            "identified and trained on SOPs Municipal coordination "
                            "focal points identified and trained All actors are "
                            "trained at local, regional and national levels"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "CH-PROT-1.(a).3",
                "title": (
                    "Implement a recurrent training scheme, incl. basic training "
                    "package and guidelines on the implementation of SOPs on children "
                    "and train all relevant actors at national (RA, NRM Group), "
                    "regional (RATC members) and local levels (coordination focal …"
                ),
                "level": 3,
                "parent": "CH-PROT-1.(a)",
                "lead": ["ONAC"],
                "contributing": ["RA", "NRM", "RATC", "NGO"],
                "start_year": None,
                "end_year": None,
                "timeframe": "Continuously",
                "budget": None,
                "indicators": [
                    {
                        "code": "CH-PROT-1.(a).3",
                        "name": (
                            "Existence of training/ guidance packages on child "
                            "trafficking, number of training sessions Annual training "
                            "plans Number of trainees by background/expertise"
                        ),
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["profession"],
                        "source": "training_participants",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "CH-PROT-1.(b)",
                "title": (
                    "Ensure the identification of children potential victims of "
                    "trafficking and victims of trafficking and their referral to "
                    "appropriate services and protection"
                ),
                "level": 2,
                "parent": "CH-PROT-1",
                "lead": [],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "CH-PROT-1.(b).1.1",
                "title": (
                    "Increase the number of field units of state police and state "
                    "social workers … and train them also on child trafficking "
                    "identification and SOPs for referrals"
                ),
                "level": 3,
                "parent": "CH-PROT-1.(b)",
                "lead": ["ONAC"],
                "contributing": ["GDSP", "RA", "NGO", "ON"],
                "start_year": 2015,
                "end_year": 2016,
                "timeframe": "2015- 2016",
                "budget": None,
                "indicators": [
                    {
                        "code": "CH-PROT-1.(b).1.1",
                        "name": (
                            "No of trained field units No/percentage of Field unit "
                            "staff Familiar with Child trafficking and SOPs"
                        ),
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "training_participants",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "CH-PROT-1.(b).1.2",
                "title": (
                    "Strengthen child protection groups and train Them on child "
                    "Trafficking and child-specific SOPs"
                ),
                "level": 3,
                "parent": "CH-PROT-1.(b)",
                "lead": ["RATC"],
                "contributing": ["NJVQV", "MOSWY", "ONAC"],
                "start_year": 2015,
                "end_year": 2015,
                "timeframe": "2015",
                "budget": None,
                "indicators": [
                    {
                        "code": "CH-PROT-1.(b).1.2",
                        "name": (
                            "Number of Municipal coordination mechanisms/groups on THB "
                            "(adult and minor) Number of local multi-disciplinary "
                            "Training sessions Number/percentage of of relevant local "
                            "professionals that are familiar with the child-specific "
                            "SOPs"
                        ),
                        "unit": "sessions",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["region"],
                        "source": "training_sessions",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "CH-PROT-1.(b).1.3",
                "title": (
                    "Focal points on child trafficking in each municipality/ commune … "
                    "and train them"
                ),
                "level": 3,
                "parent": "CH-PROT-1.(b)",
                "lead": ["QARK_COUNCILS"],
                "contributing": ["NJVQV", "MOSWY", "RATC", "ONAC"],
                "start_year": 2015,
                "end_year": 2015,
                "timeframe": "2015",
                "budget": None,
                "indicators": [
                    {
                        "code": "CH-PROT-1.(b).1.3",
                        "name": (
                            "Number of focal points No of trainings held on SOPs "
                            "Target: by mid 2015 there are coordination mechanisms "
                            "(groups/ focal points) on child and adult trafficking in "
                            "each municipality or commune"
                        ),
                        "unit": "sessions",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": ["region"],
                        "source": "training_sessions",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "CH-PROT-1.(b).1.5",
                "title": (
                    "Prepare and Disseminate information on child trafficking, "
                    "tailored for professionals, parents and the community and Children"
                ),
                "level": 3,
                "parent": "CH-PROT-1.(b)",
                "lead": ["RATC"],
                "contributing": ["ONAC", "SSS", "NGO", "ON"],
                "start_year": None,
                "end_year": None,
                "timeframe": "Every year",
                "budget": None,
                "indicators": [
                    {
                        "code": "CH-PROT-1.(b).1.5",
                        "name": (
                            "Existence of information materials for the target groups"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "material_produced",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "CH-PROT-1.(b).2.2",
                "title": (
                    "Implement specialized training of border and migration employees "
                    "on the treatment of children in need of protection and the SOPs "
                    "on Children PVoTs and VoTs"
                ),
                "level": 3,
                "parent": "CH-PROT-1.(b)",
                "lead": ["MI"],
                "contributing": ["DKM", "SEC_ACADEMY", "ONAC", "RA", "NGO", "ON"],
                "start_year": None,
                "end_year": None,
                "timeframe": "Continuously",
                "budget": None,
                "indicators": [
                    {
                        "code": "CH-PROT-1.(b).2.2",
                        "name": (
                            "Existence of child-specific training module Number and "
                            "percent of border police trained, and who are familiar "
                            "with the child-specific SOPs Instructions are issued"
                        ),
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "training_participants",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "CH-PROT-1.(b).2.4",
                "title": (
                    "Creation of a child-friendly Complaint system Reporting incidents "
                    "or any other types of concern to the children PVoTs and VoTs at "
                    "BCPs"
                ),
                "level": 3,
                "parent": "CH-PROT-1.(b)",
                "lead": ["MI"],
                "contributing": ["DKM"],
                "start_year": 2015,
                "end_year": 2015,
                "timeframe": "2015",
                "budget": None,
                "indicators": [
                    {
                        "code": "CH-PROT-1.(b).2.4",
                        "name": (
                            "Existence of child-friendly complaint system Number of "
                            "complaints"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "CH-PROT-1.(b).3.2",
                "title": (
                    "Ensure that training of diplomatic staff on THB and SOPs also "
                    "contains a specific module on children PVoT and VoT"
                ),
                "level": 3,
                "parent": "CH-PROT-1.(b)",
                "lead": ["MEFA"],
                "contributing": ["CONSULAR_ACADEMY", "ONAC", "RA"],
                "start_year": 2015,
                "end_year": 2015,
                "timeframe": "2015",
                "budget": None,
                "indicators": [
                    {
                        "code": "CH-PROT-1.(b).3.2",
                        "name": (
                            "Training for diplomatic staff includes child trafficking "
                            "module Number of diplomatic staff trained and familiar "
                            "with their tasks in relation to children PVoTs and VoTs "
                            "abroad"
                        ),
                        "unit": "participants",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "training_participants",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "CH-PROT-1.(b).3.3",
                "title": (
                    "Agreements with neighbouring and destination countries, including "
                    "Organization of joint cross-border and international trainings … "
                    "for Border Police officers and Social Services staff of signatory "
                    "parties"
                ),
                "level": 3,
                "parent": "CH-PROT-1.(b)",
                "lead": ["MI"],
                "contributing": ["MEFA", "ONAC", "NGO", "ON"],
                "start_year": 2015,
                "end_year": 2015,
                "timeframe": "2015",
                "budget": None,
                "indicators": [
                    {
                        "code": "CH-PROT-1.(b).3.3",
                        "name": (
                            "Number of cross-border or international training events "
                            "(plus agreements, contact roster, meetings)"
                        ),
                        "unit": "sessions",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "training_sessions",
                        "professions": [],
                    },
                ],
            },
            {
                "code": "CH-PREV-1",
                "title": (
                    "Ensure a protective and supportive environment for children and "
                    "their families and the provision of targeted preventive, "
                    "protective and rehabilitative assistance"
                ),
                "level": 1,
                "parent": "CH",
                "lead": [],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "CH-PREV-1.(0)",
                "title": "Activities without a specific objective",
                "level": 2,
                "parent": "CH-PREV-1",
                "lead": [],
                "contributing": [],
                "start_year": 2014,
                "end_year": 2017,
                "timeframe": "",
                "budget": None,
                "indicators": [],
            },
            {
                "code": "CH-PREV-1.1",
                "title": (
                    "Strengthen CPUs (capacity building for case management, street "
                    "work, standards of service …); enhance school psycho-social "
                    "services; foster preventive role of health staff/family doctors"
                ),
                "level": 3,
                "parent": "CH-PREV-1.(0)",
                "lead": ["MOSWY"],
                "contributing": ["MES", "MHSP", "QARK_COUNCILS", "NJVQV", "NGO", "ON"],
                "start_year": None,
                "end_year": None,
                "timeframe": "Continuously",
                "budget": None,
                "indicators": [
                    {
                        "code": "CH-PREV-1.1",
                        "name": (
                            "National coverage of CPUs, and clear division of tasks "
                            "among involved Actors Capacities of CPUs are strengthened "
                            "... Capacities of 'School protectors' are enhanced Health "
                            "staff/family doctors are tasked with the prevention "
                            "/identification/referral of trafficked children and "
                            "adults and familiar with SOPs"
                        ),
                        "unit": "",
                        "baseline": None,
                        "baseline_year": None,
                        "targets": {},
                        "target_notes": {},
                        "counting": "per_period",
                        "direction": "increase",
                        "breakdowns": [],
                        "source": "manual",
                        "professions": [],
                    },
                ],
            },
        ],
    },
]
