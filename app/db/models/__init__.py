"""The typed SQLAlchemy models, one module per capability on one Base; imported whole for Alembic."""

from __future__ import annotations

from app.db.models.accounts import Account  # noqa: F401
from app.db.models.base import Base, Timestamped  # noqa: F401
from app.db.models.contract import Contract, EscalationContact  # noqa: F401
from app.db.models.devices import (  # noqa: F401
    Attachment,
    AttachmentData,
    ConfigSnapshot,
    Device,
    DeviceEvent,
    DeviceLink,
    MaintenanceDocument,
    Upgrade,
    UpgradeDevice,
)
from app.db.models.documents import Document, NumberSequence  # noqa: F401
from app.db.models.inspections import (  # noqa: F401
    BackupPolicy,
    BackupRecord,
    ChecklistLine,
    InspectionRun,
    InspectionRunItem,
    InspectionTemplate,
    InspectionTemplateItem,
)
from app.db.models.plans import (  # noqa: F401
    EmergencyPlan,
    EmergencyPlanRevision,
    IncidentReport,
    KnowledgeArticle,
    KnowledgeArticleTicket,
)
from app.db.models.reference import MaintainedSystem, Place, Requester  # noqa: F401
from app.db.models.store import Loan, Part, PartSerial, StockMovement, Stocktake, StocktakeLine  # noqa: F401
from app.db.models.tickets import Escalation, Ticket, TicketEvent, TicketPause  # noqa: F401
from app.db.models.training import Drill, DrillStep, Training, TrainingAttendee  # noqa: F401
