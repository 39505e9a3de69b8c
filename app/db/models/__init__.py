"""The typed SQLAlchemy models, one module per capability on one Base; imported whole for Alembic."""

from __future__ import annotations

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
from app.db.models.store import Loan, Part, PartSerial, StockMovement, Stocktake, StocktakeLine  # noqa: F401
from app.db.models.tickets import (  # noqa: F401
    Account,
    Base,
    Contract,
    Document,
    Escalation,
    EscalationContact,
    MaintainedSystem,
    NumberSequence,
    Place,
    Requester,
    Ticket,
    TicketEvent,
    TicketPause,
    Timestamped,
    utcnow,
)
