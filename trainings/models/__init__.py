"""Trainings models, one module per concern, re-exported here for Django."""

from .certificate_template import CertificateTemplate
from .certificates import Certificate, CertificateMailing, PersonalDataExport
from .monitoring import ImplementationStatus, NodeStatus
from .plans import (
    Indicator,
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

__all__ = [
    "SOP",
    "Agency",
    "Certificate",
    "CertificateMailing",
    "CertificateTemplate",
    "EventType",
    "ImplementationStatus",
    "Indicator",
    "IndicatorTarget",
    "ManualValue",
    "Module",
    "NodeStatus",
    "Participation",
    "PersonLogEntry",
    "PersonalDataErasure",
    "PersonalDataExport",
    "Plan",
    "PlanNode",
    "Profession",
    "Qualifier",
    "Region",
    "ReportJob",
    "SeriesAttendance",
    "Trainee",
    "TrainingSession",
]
