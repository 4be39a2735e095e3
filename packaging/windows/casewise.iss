; Inno Setup script for Casewise on Windows: installs the PyInstaller bundle (dist\casewise\,
; built on Windows with `pyinstaller packaging\casewise.spec`), a Start menu entry, and the
; .casebank file type so that double-clicking a bank opens it in Casewise.
; Build:  iscc /DVersion=0.1.0 packaging\windows\casewise.iss   (from the repository's root)
; Not built or tested on Linux; see docs/packaging.md.

#ifndef Version
  #error Pass the version: iscc /DVersion=X.Y.Z (it is casebank.__version__)
#endif

[Setup]
AppId={{2F5C7E0A-6B1D-4C55-9E43-0C8B7A9D2E61}
AppName=Casewise
AppVersion={#Version}
AppPublisher=The Casewise team
DefaultDirName={autopf}\Casewise
DefaultGroupName=Casewise
; Per-user install by default: students often have no administrator rights.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=casewise-{#Version}-windows-setup
SetupIconFile=casewise.ico
UninstallDisplayIcon={app}\casewise.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[Files]
Source: "..\..\dist\casewise\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{group}\Casewise"; Filename: "{app}\casewise.exe"; Parameters: "run"
Name: "{group}\Uninstall Casewise"; Filename: "{uninstallexe}"

[Registry]
; .casebank -> Casewise.CaseBank -> "casewise.exe open <file>"
Root: HKA; Subkey: "Software\Classes\.casebank"; ValueType: string; ValueName: ""; ValueData: "Casewise.CaseBank"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Casewise.CaseBank"; ValueType: string; ValueName: ""; ValueData: "Casewise case bank"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Casewise.CaseBank\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\casewise.exe,0"
Root: HKA; Subkey: "Software\Classes\Casewise.CaseBank\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\casewise.exe"" open ""%1"""

[Run]
Filename: "{app}\casewise.exe"; Parameters: "run"; Description: "Start Casewise"; Flags: nowait postinstall skipifsilent
