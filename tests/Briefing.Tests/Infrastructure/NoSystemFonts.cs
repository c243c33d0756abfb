using System.Runtime.CompilerServices;

namespace Briefing.Tests.Infrastructure;

/// <summary>
/// The tests run with system fonts off, so what they see does not depend on the fonts a machine has installed.
/// The command line reads this variable as it reads <c>--no-system-fonts</c>.
/// </summary>
internal static class NoSystemFonts
{
    public const string Variable = "BRIEFING_NO_SYSTEM_FONTS";

#pragma warning disable CA2255 // The test assembly is an application, not a library: this is its start-up.
    [ModuleInitializer]
    internal static void SwitchOff() => Environment.SetEnvironmentVariable(Variable, "1");
#pragma warning restore CA2255
}
