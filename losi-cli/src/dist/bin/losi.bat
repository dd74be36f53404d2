@echo off
rem losi: the LOSI SDK command line, started from this distribution's lib\ directory.
rem Needs Java 17 or newer: %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, else java on the PATH.
rem JAVA_OPTS passes options to the JVM; it comes after the start-up options (client compiler only, serial
rem collector: less CPU for runs of a few seconds, see docs/performance.md), so it overrides them.
setlocal
set "LOSI_HOME=%~dp0.."
if defined JAVA_HOME (
  set "JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVA=java"
)
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC %JAVA_OPTS% -cp "%LOSI_HOME%\lib\*" dev.losi.cli.Main %*
exit /b %ERRORLEVEL%
