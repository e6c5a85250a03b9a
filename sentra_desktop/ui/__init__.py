from sentra_desktop.ui.qt_fixes import keep_none_alive

keep_none_alive()  # before any Qt call: see qt_fixes
