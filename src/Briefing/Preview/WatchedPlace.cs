namespace Briefing.Preview;

/// <summary>A folder watched for changes to the files matching <see cref="Filter"/>.</summary>
public sealed record WatchedPlace(string Folder, string Filter, bool Recursive);
