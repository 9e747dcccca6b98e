"""Trainings models, one module per concern, re-exported here for Django."""

from .certificate_template import CertificateTemplate
from .certificates import Certificate, CertificateMailing, PersonalDataExport
from .checkins import CheckIn
from .monitoring import (
    Cadence,
    ImplementationStatus,
    NodeStatus,
    ReportingSchedule,
    Submission,
    SubmissionEntry,
    SubmissionEvent,
    SubmissionEvidence,
    SubmissionValue,
)
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
    AttendanceDay,
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
    "AttendanceDay",
    "Cadence",
    "Certificate",
    "CertificateMailing",
    "CertificateTemplate",
    "CheckIn",
    "EventType",
    "ImplementationStatus",
    "Indicator",
    "IndicatorDenominator",
    "IndicatorTarget",
    "ManualValue",
    "Module",
    "NodeStatus",
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
    "ReportingSchedule",
    "SeriesAttendance",
    "Submission",
    "SubmissionEntry",
    "SubmissionEvent",
    "SubmissionEvidence",
    "SubmissionValue",
    "Trainee",
    "TrainingSession",
]
