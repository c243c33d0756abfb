namespace Briefing.Text.Bidi;

/// <summary>The Bidi_Class values of UAX #9, in the order the generated tables number them.</summary>
internal enum BidiCategory : byte
{
    L, R, AL, EN, ES, ET, AN, CS, NSM, BN, B, S, WS, ON, LRE, LRO, RLE, RLO, PDF, LRI, RLI, FSI, PDI,
}
