@echo off
rem The console "guardroom" command: the same program, on the bundled Python.
"%~dp0python\python.exe" -m app %*
