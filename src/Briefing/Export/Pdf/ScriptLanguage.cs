namespace Briefing.Export.Pdf;

/// <summary>The language a stretch of text is in, as far as its letters tell; <see cref="Guessed"/> when the script alone told it.</summary>
internal readonly record struct ScriptLanguage(string Language, bool Guessed);
