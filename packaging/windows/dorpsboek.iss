; Inno Setup script for Dorpsboek on Windows.
; First build the one-folder app on Windows:  pyinstaller --noconfirm packaging\dorpsboek.spec
; Then compile this script with Inno Setup 6, passing the version (written once, in
; src\dorpsboek\__init__.py; `python -c "import dorpsboek; print(dorpsboek.__version__)"`):
;   ISCC.exe /DAppVersion=<version> packaging\windows\dorpsboek.iss
; Installs per user (no administrator rights needed), Dutch first, English second.

#define AppName "Dorpsboek"
#ifndef AppVersion
  #error Pass the version: ISCC.exe /DAppVersion=<version from src\dorpsboek\__init__.py>
#endif

[Setup]
AppId={{6C1A7C2E-5D1B-4C0F-9E51-3E2B6C2D9A10}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Dorpsboek
DefaultDirName={localappdata}\Programs\Dorpsboek
DefaultGroupName=Dorpsboek
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=Dorpsboek-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\dorpsboek.ico
UninstallDisplayIcon={app}\dorpsboek.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; Handover and return packages (*.dorpsboek) open Dorpsboek on a double-click.
ChangesAssociations=yes

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\..\dist\dorpsboek\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Registry]
; Per user (HKCU via HKA with PrivilegesRequired=lowest): .dorpsboek -> Dorpsboek.Pakket.
Root: HKA; Subkey: "Software\Classes\.dorpsboek"; ValueType: string; ValueName: ""; ValueData: "Dorpsboek.Pakket"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Dorpsboek.Pakket"; ValueType: string; ValueName: ""; ValueData: "Dorpsboek-pakket"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Dorpsboek.Pakket\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\dorpsboek.exe,0"
Root: HKA; Subkey: "Software\Classes\Dorpsboek.Pakket\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\dorpsboek.exe"" gui ""%1"""

[Icons]
Name: "{group}\Dorpsboek"; Filename: "{app}\dorpsboek.exe"; Parameters: "gui"
Name: "{autodesktop}\Dorpsboek"; Filename: "{app}\dorpsboek.exe"; Parameters: "gui"; Tasks: desktopicon

[Run]
Filename: "{app}\dorpsboek.exe"; Parameters: "gui"; Description: "{cm:LaunchProgram,Dorpsboek}"; Flags: nowait postinstall skipifsilent
