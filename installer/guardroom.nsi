; Guardroom (门岗值守台) — Windows x64 installer. Built by build.sh; do not run makensis by hand
; without the defines it passes: VERSION, PAYLOAD, OUTFILE, COMPRESSION (zlib|lzma) and
; optionally SIGN_PKCS12 + SIGN_PASSFILE.
;
; Silent:      Guardroom-Setup-X-x64.exe /S [/D=C:\Path\To\Guardroom]   (/D last, no quotes)
; Uninstall:   "%ProgramFiles%\Guardroom\uninstall.exe" /S [/PURGE]   (/PURGE also deletes data)

Unicode true
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel admin

!if "${COMPRESSION}" == "lzma"
  SetCompressor /SOLID lzma
!else
  SetCompressor zlib
!endif

!ifdef SIGN_PKCS12
  !define SIGN 'osslsigncode sign -pkcs12 "${SIGN_PKCS12}" -readpass "${SIGN_PASSFILE}" -h sha256 -n "Guardroom" -in "%1" -out "%1.signed" && mv -f "%1.signed" "%1"'
  !finalize '${SIGN}'
  !uninstfinalize '${SIGN}'
!endif

!define APP "Guardroom"
!define PUBLISHER "Guardroom developers"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Guardroom"
!define ENV_KEY "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"
!define SHORTCUT "门岗值守台.lnk"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"
!include "x64.nsh"
!include "StrFunc.nsh"
${StrStr}
${UnStrRep}

Name "Guardroom 门岗值守台 ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\Guardroom"
InstallDirRegKey HKLM "${UNINST_KEY}" "InstallLocation"
BrandingText "Guardroom ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "Guardroom (门岗值守台)"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "FileDescription" "Guardroom ${VERSION} setup"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PUBLISHER}"

!define MUI_ICON "${PAYLOAD}\guardroom.ico"
!define MUI_UNICON "${PAYLOAD}\guardroom.ico"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_REGISTRY_ROOT HKLM
!define MUI_LANGDLL_REGISTRY_KEY "${UNINST_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_FINISHPAGE_RUN "$INSTDIR\python\pythonw.exe"
!define MUI_FINISHPAGE_RUN_PARAMETERS "-m app"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString SecProgram ${LANG_SIMPCHINESE} "程序文件"
LangString SecProgram ${LANG_ENGLISH} "Program files"
LangString SecData ${LANG_SIMPCHINESE} "同时删除本机数据（数据库、设置、日志）"
LangString SecData ${LANG_ENGLISH} "Also delete this computer's data (database, settings, logs)"
LangString Need64 ${LANG_SIMPCHINESE} "门岗值守台需要 64 位 Windows 10 1903 或更高版本。"
LangString Need64 ${LANG_ENGLISH} "Guardroom needs 64-bit Windows 10 1903 or later."

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "$(Need64)" /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Section "Install"
  SetShellVarContext all
  SetRegView 64
  ; Upgrade in place: replace the program, never touch the data (it lives in AppData).
  RMDir /r "$INSTDIR\python"
  SetOutPath "$INSTDIR"
  File /r "${PAYLOAD}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\Guardroom"
  CreateShortcut "$SMPROGRAMS\Guardroom\${SHORTCUT}" "$INSTDIR\python\pythonw.exe" "-m app" \
      "$INSTDIR\guardroom.ico" 0
  CreateShortcut "$DESKTOP\${SHORTCUT}" "$INSTDIR\python\pythonw.exe" "-m app" \
      "$INSTDIR\guardroom.ico" 0

  WriteRegStr HKLM "${UNINST_KEY}" "DisplayName" "Guardroom 门岗值守台"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\guardroom.ico"
  WriteRegStr HKLM "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKLM "${UNINST_KEY}" "EstimatedSize" $0

  ; The console command: put the install folder on the machine PATH (once).
  ReadRegStr $0 HKLM "${ENV_KEY}" "Path"
  ${StrStr} $1 "$0" "$INSTDIR"
  StrLen $2 "$0"
  ${If} $1 == ""
  ${AndIf} $2 < 900  ; NSIS strings are short: never truncate a long PATH
    WriteRegExpandStr HKLM "${ENV_KEY}" "Path" "$0;$INSTDIR"
    SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=2000
  ${EndIf}
SectionEnd

Section "un.$(SecProgram)" SecUnProgram
  SectionIn RO
  SetShellVarContext all
  SetRegView 64
  Delete "$SMPROGRAMS\Guardroom\${SHORTCUT}"
  RMDir "$SMPROGRAMS\Guardroom"
  Delete "$DESKTOP\${SHORTCUT}"
  RMDir /r "$INSTDIR\python"
  Delete "$INSTDIR\guardroom.cmd"
  Delete "$INSTDIR\guardroom.ico"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  ReadRegStr $0 HKLM "${ENV_KEY}" "Path"
  ${UnStrRep} $1 "$0" ";$INSTDIR" ""
  ${If} $1 != $0
    WriteRegExpandStr HKLM "${ENV_KEY}" "Path" "$1"
    SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=2000
  ${EndIf}
  DeleteRegKey HKLM "${UNINST_KEY}"
SectionEnd

Section /o "un.$(SecData)" SecUnData
  SetShellVarContext current
  RMDir /r "$LOCALAPPDATA\Guardroom"
SectionEnd

Function un.onInit
  SetRegView 64
  !insertmacro MUI_UNGETLANGUAGE
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/PURGE" $1
  ${IfNot} ${Errors}
    SectionSetFlags ${SecUnData} ${SF_SELECTED}
  ${EndIf}
FunctionEnd
