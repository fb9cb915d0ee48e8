# Build the Windows program folder (dist\ClientBase) and its installer (dist\ClientBase-*-setup.exe).
# Run in PowerShell from the repository: powershell -ExecutionPolicy Bypass -File installer\build_windows.ps1
# Needs Python 3.11+ (python.org) and Inno Setup 6 (iscc.exe on PATH or in its default folder).
$ErrorActionPreference = "Stop"
$root = Split-Path -Parent $PSScriptRoot
$work = Join-Path $root "build\windows"
$version = (python -c "import tomllib; print(tomllib.load(open(r'$root\pyproject.toml','rb'))['project']['version'])")

python -m venv --clear "$work\venv"
& "$work\venv\Scripts\python.exe" -m pip install --quiet --upgrade pip
& "$work\venv\Scripts\python.exe" -m pip install --quiet "$root" "pyinstaller>=6.10"
& "$work\venv\Scripts\pyinstaller.exe" --noconfirm --clean --log-level WARN `
    --distpath "$root\dist" --workpath "$work\pyinstaller" "$root\installer\clientbase.spec"
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

python "$root\installer\smoke_test.py" "$root\dist\ClientBase"
if ($LASTEXITCODE -ne 0) { throw "The smoke test failed" }

$iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc "/DAppVersion=$version" "$root\installer\clientbase.iss"
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
