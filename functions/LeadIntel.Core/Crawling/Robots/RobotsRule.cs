namespace LeadIntel.Core.Crawling.Robots;

/// <summary>
/// One Allow or Disallow line. The pattern matches a prefix of the path; <c>*</c> matches any run of
/// characters and a final <c>$</c> anchors the end (RFC 9309 §2.2.3).
/// </summary>
public sealed record RobotsRule(bool Allow, string Pattern)
{
    /// <summary>Rule strength for precedence: the longest pattern wins (RFC 9309 §2.2.2).</summary>
    public int Specificity => Pattern.Length;

    /// <summary>True when the pattern matches <paramref name="path"/> (both normalized by <see cref="RobotsPath"/>).</summary>
    public bool Matches(string path)
    {
        // Track every path position a partial match may have reached; '*' fans out to all later positions.
        // Linear in pattern × path, no backtracking blow-up on patterns like /*a*a*a*.
        var positions = new int[path.Length + 1];
        var count = 1;
        for (var p = 0; p < Pattern.Length; p++)
        {
            var token = Pattern[p];
            if (token == '$' && p == Pattern.Length - 1)
            {
                return positions[count - 1] == path.Length;
            }

            if (token == '*')
            {
                var first = positions[0];
                count = path.Length - first + 1;
                for (var i = 0; i < count; i++)
                {
                    positions[i] = first + i;
                }

                continue;
            }

            var next = 0;
            for (var i = 0; i < count; i++)
            {
                if (positions[i] < path.Length && path[positions[i]] == token)
                {
                    positions[next++] = positions[i] + 1;
                }
            }

            if (next == 0)
            {
                return false;
            }

            count = next;
        }

        return true;
    }
}
