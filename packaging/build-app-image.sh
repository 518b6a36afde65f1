#!/usr/bin/env bash
# Builds a self-contained Bewijsmap application image with jpackage:
#   Linux    target/dist/Bewijsmap/bin/Bewijsmap
#   Windows  target/dist/Bewijsmap/Bewijsmap.exe (+ bewijsmap-cli.exe, console)
#   macOS    target/dist/Bewijsmap.app
# Runs on Linux, macOS and Windows (Git Bash); the image is always for the OS
# it is built on (the JavaFX jars in target/lib are OS-specific).
#
# Layout of the image:
#   * The Java runtime is made by jlink and holds the JDK modules below plus
#     the JavaFX modules, linked in from the modular javafx-*-<os>.jar files in
#     target/lib. JavaFX therefore runs as named modules, as it is meant to:
#     no "Unsupported JavaFX configuration" warning, and the --add-exports
#     that ControlsFX needs are real (no "Unknown module" warnings).
#   * bewijsmap.jar and every other jar from target/lib go on the class path.
#
# Uses target/bewijsmap.jar and target/lib/ (run "mvn -DskipTests package"
# first; this script runs it when the jar is missing).
#
# Environment overrides:
#   JAVA_HOME               JDK whose jpackage/jlink to use (else PATH)
#   BEWIJSMAP_JDK_MODULES   comma-separated JDK modules for the runtime
#   BEWIJSMAP_LOCALES       locales kept from jdk.localedata (default en,nl,fr,de)
#   BEWIJSMAP_APP_VERSION   version for the launcher metadata (default: pom)
#   BEWIJSMAP_DEST          output directory (default target/dist)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"   # all paths below are relative: safest with Git Bash + Windows tools

APP_NAME="Bewijsmap"
MAIN_JAR="bewijsmap.jar"
MAIN_CLASS="nl.bewijsmap.Launcher"
VENDOR="Bewijsmap"
DESCRIPTION="Evidence dossiers for consumer disputes"
DEST="${BEWIJSMAP_DEST:-target/dist}"
STAGE="target/jpackage"

# Found with: jdeps --print-module-deps --ignore-missing-deps --multi-release 17
#   --module-path <target/lib without the empty javafx-*.jar> --add-modules ALL-MODULE-PATH
#   target/bewijsmap.jar
# -> java.base,java.desktop,java.naming,java.scripting,java.sql,jdk.jfr,jdk.unsupported
# (java.logging and java.xml come with those; listed for clarity; jdk.jfr is
# left out: only JavaFX's optional JFR pulse logger uses it). Added by hand,
# because jdeps cannot see them:
#   jdk.localedata  Dutch/French/German month and day names (java.base has English only)
#   jdk.zipfs       FileSystems.newFileSystem(zip) - fails at run time without it
#   jdk.crypto.ec   EC keys/TLS, should anything ever need them (tiny)
JDK_MODULES="${BEWIJSMAP_JDK_MODULES:-java.base,java.desktop,java.logging,java.naming,java.scripting,java.sql,java.xml,jdk.unsupported,jdk.localedata,jdk.zipfs,jdk.crypto.ec}"
FX_MODULES="javafx.base,javafx.graphics,javafx.controls,javafx.fxml"
LOCALES="${BEWIJSMAP_LOCALES:-en,nl,fr,de}"

# ControlsFX (on the class path) reaches into these JavaFX internals.
JAVA_OPTIONS=(
    "-Dfile.encoding=UTF-8"
    "--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED"
    "--add-exports=javafx.controls/com.sun.javafx.scene.control=ALL-UNNAMED"
    "--add-exports=javafx.controls/com.sun.javafx.scene.control.behavior=ALL-UNNAMED"
)

say() { echo "build-app-image: $*" >&2; }
die() { say "$*"; exit 1; }

case "$(uname -s)" in
    Linux*)                  os=linux ;;
    Darwin*)                 os=mac ;;
    MINGW*|MSYS*|CYGWIN*)    os=windows ;;
    *) die "unsupported OS $(uname -s)" ;;
esac
# Git Bash rewrites arguments that look like Unix paths; keep its hands off
# jlink's resource pattern ("glob:/javafx.*/*.dll").
export MSYS2_ARG_CONV_EXCL="--exclude-resources"

# JDK tools: from JAVA_HOME if set, else from PATH.
jdk_tool() {
    local name="$1"
    if [ -n "${JAVA_HOME:-}" ]; then
        for candidate in "$JAVA_HOME/bin/$name" "$JAVA_HOME/bin/$name.exe"; do
            if [ -x "$candidate" ]; then echo "$candidate"; return; fi
        done
    fi
    command -v "$name" || die "$name not found (set JAVA_HOME to a JDK 17+)"
}
JPACKAGE="$(jdk_tool jpackage)"
JAR="$(jdk_tool jar)"

# 1. The application jar and its runtime dependencies.
if [ ! -f "target/$MAIN_JAR" ] || [ ! -d target/lib ]; then
    say "target/$MAIN_JAR missing; running mvn -DskipTests package"
    if [ -x ./mvnw ]; then ./mvnw -q -DskipTests package; else mvn -q -DskipTests package; fi
fi
[ -f "target/$MAIN_JAR" ] || die "target/$MAIN_JAR still missing"

# 2. Version from pom.xml (the project's own <version>, not a parent's),
#    without -SNAPSHOT or other qualifiers: jpackage wants numbers only.
if [ -n "${BEWIJSMAP_APP_VERSION:-}" ]; then
    version="$BEWIJSMAP_APP_VERSION"
else
    version="$(sed -e '/<parent>/,/<\/parent>/d' \
                   -e '/<dependencies>/,$d' pom.xml \
               | grep -m1 -o '<version>[^<]*</version>' \
               | sed -e 's/<[^>]*>//g')"
    version="${version%%-*}"
fi
[[ "$version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || die "unusable version '$version' (set BEWIJSMAP_APP_VERSION)"
if [ "$os" = mac ] && [ -z "${BEWIJSMAP_APP_VERSION:-}" ] && [[ "$version" == 0* ]]; then
    # jpackage on macOS refuses a CFBundleVersion whose first number is 0.
    # Only Finder's "Get Info" shows it; "Bewijsmap --version" reads the jar.
    say "WARNING: macOS bundles need a version >= 1; using 1.0.0 instead of $version"
    version="1.0.0"
fi

# 3. Icon for this OS.
case "$os" in
    linux)   icon="icons/bewijsmap-512.png" ;;
    windows) icon="icons/bewijsmap.ico" ;;
    mac)     icon="icons/bewijsmap.icns" ;;
esac
[ -f "$icon" ] || die "$icon missing (run icons/build-icons.sh)"

# 4. Staging: class-path jars in $STAGE/input, JavaFX modules in $STAGE/javafx.
rm -rf "$STAGE"
mkdir -p "$STAGE/input/lib" "$STAGE/javafx"
cp "target/$MAIN_JAR" "$STAGE/input/"
fx_count=0
for jar in target/lib/*.jar; do
    base="$(basename "$jar")"
    case "$base" in
        javafx-*)
            # javafx-base-21.jar etc. are empty placeholders (automatic modules);
            # the classes and native libraries are in javafx-base-21-<os>.jar.
            if "$JAR" --describe-module --file "$jar" 2>/dev/null | grep -q 'No module descriptor'; then
                continue
            fi
            cp "$jar" "$STAGE/javafx/"
            fx_count=$((fx_count + 1))
            ;;
        *)
            cp "$jar" "$STAGE/input/lib/"
            ;;
    esac
done
[ "$fx_count" -ge 4 ] || die "expected the javafx-*-<os>.jar modules in target/lib, found $fx_count"

# 5. Java runtime: jlink with the JDK modules and the JavaFX modules. The
#    JavaFX native libraries are moved out of the module image into the
#    runtime's own native directory, where JavaFX finds them with
#    System.loadLibrary; otherwise JavaFX would unpack them into
#    ~/.openjfx/cache on each user's machine at first start (some Windows
#    antivirus and AppLocker set-ups block DLLs loaded from there).
JLINK="$(jdk_tool jlink)"
runtime="$STAGE/runtime"
case "$os" in
    windows) native_ext=dll;   native_dir="$runtime/bin" ;;
    mac)     native_ext=dylib; native_dir="$runtime/lib" ;;
    *)       native_ext=so;    native_dir="$runtime/lib" ;;
esac
say "jlink $JDK_MODULES,$FX_MODULES"
start=$SECONDS
"$JLINK" \
    --module-path "$STAGE/javafx" \
    --add-modules "$JDK_MODULES,$FX_MODULES" \
    --strip-debug --no-man-pages --no-header-files --strip-native-commands \
    --include-locales="$LOCALES" \
    --exclude-resources="glob:/javafx.*/*.$native_ext" \
    --output "$runtime"
mkdir -p "$STAGE/natives"
(
    cd "$STAGE/natives"
    for jar in ../javafx/*.jar; do "$JAR" xf "$jar"; done
)
natives=("$STAGE"/natives/*."$native_ext")
[ -e "${natives[0]}" ] || die "no JavaFX native libraries (*.$native_ext) in the javafx jars"
for lib in "${natives[@]}"; do
    # Never replace the JDK's own files (on Windows both ship msvcp140.dll etc.;
    # the JVM has loaded the JDK's copies long before JavaFX starts).
    [ -e "$native_dir/$(basename "$lib")" ] || cp "$lib" "$native_dir/"
done
say "runtime ready in $((SECONDS - start)) s (${#natives[@]} JavaFX native libraries)"

# 6. jpackage: launcher, icon and metadata around the runtime and the jars.
case "$os" in
    mac) image="$DEST/$APP_NAME.app" ;;
    *)   image="$DEST/$APP_NAME" ;;
esac
rm -rf "$image"
mkdir -p "$DEST"

args=(
    --type app-image
    --name "$APP_NAME"
    --dest "$DEST"
    --input "$STAGE/input"
    --main-jar "$MAIN_JAR"
    --main-class "$MAIN_CLASS"
    --runtime-image "$runtime"
    --app-version "$version"
    --vendor "$VENDOR"
    --description "$DESCRIPTION"
    --copyright "Bewijsmap contributors, Apache-2.0"
    --icon "$icon"
)
for option in "${JAVA_OPTIONS[@]}"; do
    args+=(--java-options "$option")
done
case "$os" in
    mac)
        args+=(--mac-package-identifier nl.bewijsmap --mac-package-name "$APP_NAME")
        ;;
    windows)
        # Bewijsmap.exe is a GUI program: Windows gives it no console, so the
        # command-line interface gets a console twin, bewijsmap-cli.exe.
        printf 'win-console=true\n' > "$STAGE/cli-launcher.properties"
        args+=(--add-launcher "bewijsmap-cli=$STAGE/cli-launcher.properties")
        ;;
esac

say "jpackage $version for $os (jpackage $("$JPACKAGE" --version))"
start=$SECONDS
"$JPACKAGE" "${args[@]}" "$@"   # extra arguments go to jpackage, e.g. --verbose
say "built $image in $((SECONDS - start)) s ($(du -sh "$image" | cut -f1))"
