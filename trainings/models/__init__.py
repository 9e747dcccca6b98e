"""Trainings models, one module per concern, re-exported here for Django."""

from .certificate_template import CertificateTemplate
from .certificates import Certificate, CertificateMailing, PersonalDataExport
from .plans import (
    Indicator,
    IndicatorTarget,
    ManualValue,
    Plan,
    PlanNode,
    ReportJob,
)
from .privacy import PersonalDataErasure, PersonLogEntry
from .reference import SOP, Agency, Module, Profession, Region
from .sessions import Participation, Trainee, TrainingSession

__all__ = [
    "SOP",
    "Agency",
    "Certificate",
    "CertificateMailing",
    "CertificateTemplate",
    "Indicator",
    "IndicatorTarget",
    "ManualValue",
    "Module",
    "Participation",
    "PersonLogEntry",
    "PersonalDataErasure",
    "PersonalDataExport",
    "Plan",
    "PlanNode",
    "Profession",
    "Region",
    "ReportJob",
    "Trainee",
    "TrainingSession",
]
