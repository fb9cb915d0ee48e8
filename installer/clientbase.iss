; Inno Setup script: the Windows installer of ClientBase (Start menu and desktop shortcuts,
; an uninstaller that keeps the user's bases and backups).
; Built by installer\build_windows.ps1 after PyInstaller has made dist\ClientBase:
;   iscc /DAppVersion=0.1.0 installer\clientbase.iss
; The bases live in %LOCALAPPDATA%\ClientBase (platformdirs), never in the program folder, so
; uninstalling or upgrading removes only what this script installed.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{6B7B0C5E-3F0B-4C8E-9B55-0C1B5E2D7A41}
AppName=ClientBase
AppVersion={#AppVersion}
AppVerName=ClientBase {#AppVersion}
AppPublisher=ClientBase
DefaultDirName={autopf}\ClientBase
DefaultGroupName=ClientBase
DisableProgramGroupPage=yes
; A shop PC often has no administrator at hand: installing for the current user is offered.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=ClientBase-{#AppVersion}-windows-setup
SetupIconFile=..\resources\icons\clientbase.ico
UninstallDisplayIcon={app}\clientbase.exe
UninstallDisplayName=ClientBase
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running ClientBase before files are replaced, and start it again afterwards.
CloseApplications=yes
RestartApplications=yes

[Languages]
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
russian.KeepsData=Базы клиентов и резервные копии остаются в %LOCALAPPDATA%\ClientBase.
english.KeepsData=Client bases and backups stay in %LOCALAPPDATA%\ClientBase.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\dist\ClientBase\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; Linux-only files of the bundle.
Source: "..\dist\ClientBase\*.desktop"; DestDir: "{app}"; Flags: skipifsourcedoesntexist dontcopy

[Icons]
Name: "{group}\ClientBase"; Filename: "{app}\clientbase.exe"; WorkingDir: "{userdocs}"
Name: "{group}\{cm:UninstallProgram,ClientBase}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\ClientBase"; Filename: "{app}\clientbase.exe"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\clientbase.exe"; Description: "{cm:LaunchProgram,ClientBase}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program's own folder; the user's data folder is deliberately not listed here.
Type: filesandordirs; Name: "{app}\_internal"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(ExpandConstant('{cm:KeepsData}'), mbInformation, MB_OK);
end;
