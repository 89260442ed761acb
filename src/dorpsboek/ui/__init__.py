"""The desktop app (PySide6 Qt Widgets): a front end over dorpsboek.services, never over SQL."""

from dorpsboek.qt_refcount import protect_singletons
from dorpsboek.ui.qt_feature_scan import skip_feature_scan

# Before any Qt call: PySide6 6.12 on Python 3.11 drains None's and the bools' references.
protect_singletons()
# Before the screens are imported: PySide6 would read each of their source files (see there).
skip_feature_scan()
