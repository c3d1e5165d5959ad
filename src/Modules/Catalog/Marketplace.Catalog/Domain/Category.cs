namespace Marketplace.Catalog.Domain;

/// <summary>A shelf of the marketplace (tea, nuts, fruit …), in a tree an admin keeps.</summary>
internal sealed class Category
{
    private Category()
    {
    }

    public Category(Guid id, Guid? parentId, string name, string nameEnglish, string slug, int position)
    {
        Id = id;
        ParentId = parentId;
        Position = position;
        Rename(name, nameEnglish, slug);
    }

    public Guid Id { get; private set; }

    public Guid? ParentId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string NameEnglish { get; private set; } = string.Empty;

    public string Slug { get; private set; } = string.Empty;

    public int Position { get; private set; }

    public void Rename(string name, string nameEnglish, string slug)
    {
        Name = name;
        NameEnglish = nameEnglish;
        Slug = slug;
    }
}
