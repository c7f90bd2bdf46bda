<#
.SYNOPSIS
  Builds suiji's Windows installer (.msi) and a portable .zip, each with its own Java runtime.

.DESCRIPTION
  The Windows counterpart of `./mvnw -Pinstaller package` (pom.xml's "installer" profile), from
  the same installer/installer.properties: the same jlink module list and options, the same
  launcher JVM options, name, vendor and version. Run it from any folder on Windows 10/11 x64 with
    - JDK 17 (jlink.exe and jpackage.exe: on PATH or under $env:JAVA_HOME\bin),
    - WiX Toolset 3.x (candle.exe and light.exe on PATH; jpackage needs it for the .msi),
    - network access to Maven Central for the first build (the Windows JavaFX jars).
  It has NOT been run: the project's machines and CI are Linux, where neither WiX nor the Windows
  JavaFX jars exist. installer/README.md says what to check on the first Windows run.

  Output, in target\installer\:
    suiji-<version>.msi                     per-user install (no administrator rights), Start menu
                                            entry and desktop shortcut; a later .msi with a higher
                                            version replaces it (fixed upgrade UUID) and leaves the
                                            data in %APPDATA%\suiji alone
    suiji-<version>-windows-x64.zip         the same application unpacked: unzip anywhere, run
                                            suiji\suiji.exe (window) or suiji\suiji-cli.exe (commands)

.PARAMETER SkipMaven
  Use the target\suiji.jar and target\lib\ already built (by `mvnw.cmd package -DskipTests`).
#>
param([switch]$SkipMaven)

$ErrorActionPreference = 'Stop'
$root = (Resolve-Path (Join-Path $PSScriptRoot '..\..')).Path
Set-Location $root

# installer.properties as Ant reads it: key=value, '#' comments, non-ASCII as \uXXXX
function Read-InstallerProperties([string]$path) {
  $props = @{}
  foreach ($line in Get-Content -LiteralPath $path -Encoding UTF8) {
    $t = $line.Trim()
    if ($t -eq '' -or $t.StartsWith('#')) { continue }
    $i = $t.IndexOf('=')
    if ($i -lt 1) { throw "installer.properties: not key=value: $t" }
    $props[$t.Substring(0, $i).Trim()] = [regex]::Unescape($t.Substring($i + 1).Trim())
  }
  return $props
}

function Find-JdkTool([string]$name) {
  if ($env:JAVA_HOME -and (Test-Path (Join-Path $env:JAVA_HOME "bin\$name.exe"))) {
    return (Join-Path $env:JAVA_HOME "bin\$name.exe")
  }
  $cmd = Get-Command "$name.exe" -ErrorAction SilentlyContinue
  if (-not $cmd) { throw "$name.exe not found: install JDK 17 and set JAVA_HOME" }
  return $cmd.Source
}

function Invoke-Checked([string]$exe, [string[]]$arguments) {
  Write-Host "> $exe $($arguments -join ' ')"
  & $exe @arguments
  if ($LASTEXITCODE -ne 0) { throw "$exe failed with exit code $LASTEXITCODE" }
}

$p = Read-InstallerProperties (Join-Path $root 'installer\installer.properties')
[xml]$pom = Get-Content -LiteralPath (Join-Path $root 'pom.xml') -Encoding UTF8
$version = $pom.project.version -replace '-SNAPSHOT$', ''
$name = $p['app.name']
$out = Join-Path $root 'target\installer'
$jlink = Find-JdkTool 'jlink'
$jpackage = Find-JdkTool 'jpackage'
if (-not (Get-Command 'candle.exe' -ErrorAction SilentlyContinue)) {
  throw 'WiX Toolset 3.x (candle.exe, light.exe) is not on PATH: jpackage needs it for the .msi'
}

if (-not $SkipMaven) {
  Invoke-Checked (Join-Path $root 'mvnw.cmd') @('-B', '-ntp', 'package', '-DskipTests')
}
if (-not (Get-ChildItem (Join-Path $root 'target\lib') -Filter 'javafx-graphics-*-win.jar' -ErrorAction SilentlyContinue)) {
  throw 'target\lib has no Windows JavaFX jars (javafx-*-win.jar): build with Maven on Windows, not with a copy from Linux'
}

Remove-Item -Recurse -Force $out -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force (Join-Path $out 'input\lib') | Out-Null
Copy-Item (Join-Path $root "target\$($p['app.main.jar'])") (Join-Path $out 'input')
Copy-Item (Join-Path $root 'target\lib\*.jar') (Join-Path $out 'input\lib')

# the runtime: the same modules and options as the Linux build
$jlinkArgs = @('--add-modules', $p['jlink.modules']) + ($p['jlink.options'] -split '\s+') + @('--output', (Join-Path $out 'runtime'))
Invoke-Checked $jlink $jlinkArgs

# the app-image: suiji.exe opens the window (no console); suiji-cli.exe is the same application
# with a console, for the sub-commands (a window program cannot print into cmd.exe)
$common = @(
  '--name', $name,
  '--app-version', $version,
  '--vendor', $p['app.vendor'],
  '--description', $p['app.description'],
  '--copyright', $p['app.copyright']
)
Invoke-Checked $jpackage ($common + @(
  '--type', 'app-image',
  '--input', (Join-Path $out 'input'),
  '--main-jar', $p['app.main.jar'],
  '--main-class', $p['app.main.class'],
  '--runtime-image', (Join-Path $out 'runtime'),
  '--java-options', $p['launcher.java.options'],
  '--icon', (Join-Path $root 'installer\windows\suiji.ico'),
  '--add-launcher', "$name-cli=$(Join-Path $root 'installer\windows\suiji-cli.properties')",
  '--dest', (Join-Path $out 'image')
))

# the .msi: per user (installs under %LOCALAPPDATA%, no administrator rights), Start menu group,
# desktop shortcut; the fixed upgrade UUID makes a newer .msi replace an older one
Invoke-Checked $jpackage ($common + @(
  '--type', 'msi',
  '--app-image', (Join-Path $out "image\$name"),
  '--license-file', (Join-Path $root $p['app.license.file']),
  '--win-per-user-install',
  '--win-upgrade-uuid', $p['win.upgrade.uuid'],
  '--win-menu',
  '--win-menu-group', $p['win.menu.group'],
  '--win-shortcut',
  '--win-dir-chooser',
  '--dest', $out
))

# the portable .zip: the app-image as it is, data in %APPDATA%\suiji as for the .msi
$zip = Join-Path $out "$name-$version-windows-x64.zip"
Compress-Archive -Path (Join-Path $out "image\$name") -DestinationPath $zip

foreach ($f in Get-ChildItem $out -File | Where-Object { $_.Extension -in '.msi', '.zip' }) {
  Write-Host ('{0}: {1:N1} MB' -f $f.Name, ($f.Length / 1MB))
}
