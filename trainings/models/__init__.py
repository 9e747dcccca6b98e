"""Trainings models, one module per concern, re-exported here for Django."""

from .certificate_template import CertificateTemplate
from .certificates import Certificate, CertificateMailing, PersonalDataExport
from .plans import (
    Indicator,
    IndicatorDenominator,
    IndicatorTarget,
    ManualValue,
    Plan,
    PlanNode,
    ReportJob,
)
from .privacy import PersonalDataErasure, PersonLogEntry
from .reference import SOP, Agency, EventType, Module, Profession, Region
from .sessions import (
    Participation,
    Qualifier,
    SeriesAttendance,
    Trainee,
    TrainingSession,
)
from .training_plans import PlannedTraining

__all__ = [
    "SOP",
    "Agency",
    "Certificate",
    "CertificateMailing",
    "CertificateTemplate",
    "EventType",
    "Indicator",
    "IndicatorDenominator",
    "IndicatorTarget",
    "ManualValue",
    "Module",
    "Participation",
    "PersonLogEntry",
    "PersonalDataErasure",
    "PersonalDataExport",
    "Plan",
    "PlannedTraining",
    "PlanNode",
    "Profession",
    "Qualifier",
    "Region",
    "ReportJob",
    "SeriesAttendance",
    "Trainee",
    "TrainingSession",
]
