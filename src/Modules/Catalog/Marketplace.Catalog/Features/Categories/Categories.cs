using Marketplace.Catalog.Contracts;
using Marketplace.Catalog.Data;
using Marketplace.Catalog.Domain;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Features.Categories;

/// <summary>The category tree: everyone reads it, admins add and rename.</summary>
internal sealed class CategoriesHandler(CatalogDbContext db, ISender sender)
    : IQueryHandler<ListCategoriesQuery, IReadOnlyList<CategoryView>>,
      ICommandHandler<CreateCategoryCommand, Result<CategoryView>>,
      ICommandHandler<RenameCategoryCommand, Result<CategoryView>>
{
    public async ValueTask<IReadOnlyList<CategoryView>> Handle(ListCategoriesQuery query, CancellationToken cancellationToken)
    {
        var all = await db.Categories.AsNoTracking().ToListAsync(cancellationToken);
        var tree = new List<CategoryView>();
        void Walk(Guid? parent, int depth)
        {
            foreach (var category in all.Where(c => c.ParentId == parent).OrderBy(c => c.Position).ThenBy(c => c.Name, VietnameseText.Comparer))
            {
                tree.Add(View(category, depth));
                Walk(category.Id, depth + 1);
            }
        }

        Walk(null, 0);
        return tree;
    }

    public async ValueTask<Result<CategoryView>> Handle(CreateCategoryCommand command, CancellationToken cancellationToken)
    {
        var depth = 0;
        if (command.ParentId is { } parentId)
        {
            var parent = await db.Categories.FindAsync([parentId], cancellationToken);
            if (parent is null)
            {
                return NotFound();
            }

            depth = parent.ParentId is null ? 1 : 2;
        }

        var slug = VietnameseText.Slugify(command.Name);
        if (await db.Categories.AnyAsync(c => c.Slug == slug, cancellationToken))
        {
            return SlugTaken(slug);
        }

        var position = await db.Categories.CountAsync(c => c.ParentId == command.ParentId, cancellationToken);
        var category = new Category(Guid.NewGuid(), command.ParentId, command.Name.Trim(), command.NameEnglish.Trim(), slug, position);
        db.Categories.Add(category);
        await sender.RecordAsync(
            command.ActorEmail, CatalogAudit.CategoryCreated, "Category", category.Id, category.Name, $"{category.Name} / {category.NameEnglish}",
            (null, category.Slug), cancellationToken);
        return View(category, depth);
    }

    public async ValueTask<Result<CategoryView>> Handle(RenameCategoryCommand command, CancellationToken cancellationToken)
    {
        var category = await db.Categories.FindAsync([command.CategoryId], cancellationToken);
        if (category is null)
        {
            return NotFound();
        }

        var slug = VietnameseText.Slugify(command.Name);
        if (await db.Categories.AnyAsync(c => c.Slug == slug && c.Id != category.Id, cancellationToken))
        {
            return SlugTaken(slug);
        }

        var before = $"{category.Name} / {category.NameEnglish}";
        var beforeSlug = category.Slug;
        category.Rename(command.Name.Trim(), command.NameEnglish.Trim(), slug);
        await sender.RecordAsync(
            command.ActorEmail, CatalogAudit.CategoryRenamed, "Category", category.Id, category.Name, $"{before} → {category.Name} / {category.NameEnglish}",
            (beforeSlug, category.Slug), cancellationToken);
        return View(category, category.ParentId is null ? 0 : 1);
    }

    private static CategoryView View(Category c, int depth) => new(c.Id, c.ParentId, c.Name, c.NameEnglish, c.Slug, depth);

    private static Error NotFound() => Error.NotFound("category.not_found", Bilingual.Pick("Không tìm thấy danh mục.", "No such category."));

    private static Error SlugTaken(string slug) =>
        Error.FieldConflict("category.name_taken", "Name", Bilingual.Pick($"Đã có danh mục \"{slug}\".", $"There is already a category \"{slug}\"."));
}
