"""Every table module, imported together (migrations and tests compare against this)."""

import db.duty_models  # noqa: F401
import db.incident_models  # noqa: F401
import db.models  # noqa: F401
import db.roster_models  # noqa: F401
import db.station_models  # noqa: F401
import db.sync_models  # noqa: F401
import db.visitor_models  # noqa: F401
from db.base import Base

metadata = Base.metadata
