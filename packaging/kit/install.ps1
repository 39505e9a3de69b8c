# 驻场运维台 @VERSION@ 离线安装（Windows）：校验安装包，建立虚拟环境，只从 wheels\ 安装，建开始菜单快捷方式。
# Resident Desk offline install: checks SHA256SUMS, makes a venv, installs from wheels\ only.
$ErrorActionPreference = "Stop"
$Kit = $PSScriptRoot
$Version = "@VERSION@"
$Pythons = "@PYTHONS@".Split(" ")
$Prefix = Join-Path $env:LOCALAPPDATA "Programs\ResidentDesk"

function Fail($Message) { Write-Host "安装失败：$Message" -ForegroundColor Red; exit 1 }

Write-Host "1/4 校验安装包（SHA256SUMS）…"
foreach ($Line in Get-Content -Encoding UTF8 (Join-Path $Kit "SHA256SUMS")) {
  $Expected, $Name = $Line -split "  ", 2
  $File = Join-Path $Kit ($Name -replace "/", "\")
  if (-not (Test-Path $File)) { Fail "缺少文件 $Name，请重新拷贝安装包。" }
  $Actual = (Get-FileHash -Algorithm SHA256 $File).Hash.ToLower()
  if ($Actual -ne $Expected) { Fail "文件 $Name 校验不一致，请重新拷贝安装包。" }
}

Write-Host "2/4 查找 Python（需要 $($Pythons -join ', ')）…"
$Python = $null
foreach ($V in ($Pythons | Sort-Object -Descending)) {
  try { $Exe = & py "-$V" -c "import sys; print(sys.executable)" 2>$null } catch { $Exe = $null }
  if ($LASTEXITCODE -eq 0 -and $Exe) { $Python = $Exe.Trim(); break }
}
if (-not $Python) { Fail "没有找到 Python $($Pythons -join '/')（python.org 的安装程序，勾选 py launcher）；或改用免安装版。" }

Write-Host "3/4 安装到 $Prefix（不联网，只用 wheels\）…"
New-Item -ItemType Directory -Force $Prefix | Out-Null
& $Python -m venv --clear (Join-Path $Prefix "venv")
if ($LASTEXITCODE -ne 0) { Fail "无法建立虚拟环境。" }
$VenvPython = Join-Path $Prefix "venv\Scripts\python.exe"
& $VenvPython -m pip install --isolated --no-index --no-cache-dir --disable-pip-version-check --quiet --find-links (Join-Path $Kit "wheels") "resident-desk==$Version"
if ($LASTEXITCODE -ne 0) { Fail "pip 安装失败（见上面的信息）。" }

Write-Host "4/4 建立开始菜单快捷方式…"
Copy-Item (Join-Path $Kit "resident-desk.ico") (Join-Path $Prefix "resident-desk.ico") -Force
$Programs = [Environment]::GetFolderPath("Programs")
$Shell = New-Object -ComObject WScript.Shell
$Link = $Shell.CreateShortcut((Join-Path $Programs "驻场运维台.lnk"))
$Link.TargetPath = Join-Path $Prefix "venv\Scripts\pythonw.exe"
$Link.Arguments = "-m app"
$Link.WorkingDirectory = $Prefix
$Link.IconLocation = Join-Path $Prefix "resident-desk.ico"
$Link.Description = "驻场运维台 Resident Desk $Version"
$Link.Save()

& (Join-Path $Prefix "venv\Scripts\resident-desk.exe") --version
Write-Host "安装完成。开始菜单：驻场运维台；数据文件夹：$env:LOCALAPPDATA\ResidentDesk"
