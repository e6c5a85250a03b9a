; Sentra Desktop: Windows installer (NSIS 3, Modern UI 2), in Indonesian.
;
; Wraps the PyInstaller one-folder build (dist\sentra-desktop\) into one setup program:
;   makensis /DVERSION=0.1.0 /DDIST_DIR=..\..\dist\sentra-desktop /DOUTFILE=..\..\dist\sentra-desktop-0.1.0-setup.exe sentra-desktop.nsi
; Every define has a default, so plain `makensis sentra-desktop.nsi` works from this folder after a
; build (VERSION is then read from sentra_desktop\__init__.py).
;
; The program keeps its data (database, backups, settings) in %LOCALAPPDATA%\sentra-desktop, never
; in the program folder: installing a newer version replaces only the program files, and the
; uninstaller removes only what the installer put there.

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma

!define APP_NAME "Sentra Desktop"
!define APP_ID "sentra-desktop"
!define PUBLISHER "Sentra Desktop"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"

!ifndef VERSION
  !searchparse /file "..\..\sentra_desktop\__init__.py" `__version__ = "` VERSION `"`
!endif
!ifndef DIST_DIR
  !define DIST_DIR "..\..\dist\${APP_ID}"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\${APP_ID}-${VERSION}-setup.exe"
!endif
!ifndef ICON
  !define ICON "..\..\resources\icons\sentra.ico"
!endif
!ifndef LICENSE_FILE
  !define LICENSE_FILE "..\..\LICENSE"
!endif
; Windows wants four numbers in a version resource: 0.1.0 -> 0.1.0.0
!searchparse /noerrors "${VERSION}" "" V1 "." V2 "." V3
!ifndef V1
  !define V1 0
!endif
!ifndef V2
  !define V2 0
!endif
!ifndef V3
  !define V3 0
!endif

!include "MUI2.nsh"
!include "x64.nsh"
!include "WinVer.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"

Name "${APP_NAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP_NAME}"
InstallDirRegKey HKLM "${UNINSTALL_KEY}" "InstallLocation"
RequestExecutionLevel admin
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${V1}.${V2}.${V3}.0"
VIFileVersion "${V1}.${V2}.${V3}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "Pemasang ${APP_NAME}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "GPL-3.0-or-later"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
; The setup runs as administrator; the program must not (its data goes to the user's own
; %LOCALAPPDATA%), so the finish page starts it through Explorer, as the logged-in user.
!define MUI_FINISHPAGE_RUN ""
!define MUI_FINISHPAGE_RUN_FUNCTION RunAsUser
!define MUI_FINISHPAGE_RUN_TEXT "Jalankan ${APP_NAME} sekarang"
!define MUI_UNCONFIRMPAGE_TEXT_TOP "Program ${APP_NAME} akan dihapus dari komputer ini. Data Anda (basis data, cadangan, pengaturan) di folder %LOCALAPPDATA%\${APP_ID} TIDAK dihapus."

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${LICENSE_FILE}"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Indonesian"

Function .onInit
  ; Qt 6 runs only on 64-bit Windows 10 version 1809 (build 17763) or later.
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "${APP_NAME} memerlukan Windows 64-bit (Windows 10 versi 1809 atau lebih baru)."
    Abort
  ${EndIf}
  ${IfNot} ${AtLeastWin10}
  ${OrIfNot} ${AtLeastBuild} 17763
    MessageBox MB_ICONSTOP "${APP_NAME} memerlukan Windows 10 versi 1809 atau lebih baru."
    Abort
  ${EndIf}
  SetRegView 64
  SetShellVarContext all
FunctionEnd

Function RunAsUser
  Exec '"$WINDIR\explorer.exe" "$INSTDIR\${APP_ID}.exe"'
FunctionEnd

Function un.onInit
  SetRegView 64
  SetShellVarContext all
FunctionEnd

Section "Program" SecProgram
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An upgrade: remove the previous version's program files first, so no stale library is left
  ; behind. The data folder is elsewhere (%LOCALAPPDATA%) and is not touched; the program migrates
  ; the database on its first start, after making a backup.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_ID}.exe"
  Delete "$INSTDIR\${APP_ID}-cli.exe"

  File /r "${DIST_DIR}\*.*"

  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_ID}.exe" "" "$INSTDIR\${APP_ID}.exe" 0
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${APP_ID}.exe" "" "$INSTDIR\${APP_ID}.exe" 0

  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_ID}.exe"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "Uninstall"
  ; Only the program's own files. The user's data folder (%LOCALAPPDATA%\sentra-desktop) stays.
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_ID}.exe"
  Delete "$INSTDIR\${APP_ID}-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  DetailPrint "Data Anda di %LOCALAPPDATA%\${APP_ID} tidak dihapus."
SectionEnd
