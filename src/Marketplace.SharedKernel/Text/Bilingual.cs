namespace Marketplace.SharedKernel.Text;

/// <summary>
/// A module's own message in the request's language. Modules keep their few messages beside
/// the rule that raises them; pages read their module's string table, then the shared one.
/// </summary>
public static class Bilingual
{
    public static string Pick(string vietnamese, string english) =>
        Cultures.Current == Cultures.English ? english : vietnamese;

    public static string Pick(string culture, string vietnamese, string english) =>
        culture == Cultures.English ? english : vietnamese;
}
