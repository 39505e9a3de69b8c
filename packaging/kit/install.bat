@echo off
chcp 65001 >nul
rem 驻场运维台离线安装（Windows）：运行同一文件夹里的 install.ps1。
rem Resident Desk offline install for Windows: runs install.ps1 beside this file.
powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0install.ps1" %*
if errorlevel 1 (
  echo.
  echo 安装失败，请看上面的信息。 Install failed: see the messages above.
  pause
  exit /b 1
)
pause
