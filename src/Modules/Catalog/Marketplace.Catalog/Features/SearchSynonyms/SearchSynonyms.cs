using Marketplace.Catalog.Contracts;
using Marketplace.Catalog.Data;
using Marketplace.Catalog.Domain;
using Marketplace.Catalog.Features.SearchProducts;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Features.SearchSynonyms;

/// <summary>A synonym group as admins see it: its terms, as written.</summary>
internal sealed record SearchSynonymView(Guid SynonymId, IReadOnlyList<string> Terms, DateTimeOffset ChangedAt);

internal sealed record ListSearchSynonymsQuery : IQuery<IReadOnlyList<SearchSynonymView>>;

/// <summary>An admin adds a group (no id) or changes one: "chè, trà" (two terms at least, comma-separated).</summary>
internal sealed record SaveSearchSynonymCommand(Guid? SynonymId, string Terms, string ActorEmail)
    : ICommand<Result<SearchSynonymView>>, IRunsIn<CatalogTransaction>;

internal sealed record DeleteSearchSynonymCommand(Guid SynonymId, string ActorEmail) : ICommand<Result<bool>>, IRunsIn<CatalogTransaction>;

/// <summary>
/// The synonym groups search uses (<see cref="SearchTerms"/>). A term belongs to one group only,
/// so that what a word means to search never depends on which group is read first. A change shows
/// in the next search: the cached groups and the shopper pages are evicted when it is saved.
/// </summary>
internal sealed class SearchSynonymsHandler(CatalogDbContext db, ISender sender, TimeProvider clock)
    : IQueryHandler<ListSearchSynonymsQuery, IReadOnlyList<SearchSynonymView>>,
      ICommandHandler<SaveSearchSynonymCommand, Result<SearchSynonymView>>,
      ICommandHandler<DeleteSearchSynonymCommand, Result<bool>>
{
    public async ValueTask<IReadOnlyList<SearchSynonymView>> Handle(ListSearchSynonymsQuery query, CancellationToken cancellationToken) =>
        (await db.Synonyms.AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(s => s.Terms, VietnameseText.Comparer)
            .Select(View)
            .ToList();

    public async ValueTask<Result<SearchSynonymView>> Handle(SaveSearchSynonymCommand command, CancellationToken cancellationToken)
    {
        var terms = SearchSynonym.Split(command.Terms);
        var synonym = command.SynonymId is { } id ? await db.Synonyms.FindAsync([id], cancellationToken) : null;
        if (command.SynonymId is not null && synonym is null)
        {
            return NotFound();
        }

        // Terms are compared as search folds them: "Chè" and "che" are one term.
        var folded = terms.Select(t => string.Join(' ', SynonymSet.Words(t))).ToHashSet(StringComparer.Ordinal);
        var others = await db.Synonyms.AsNoTracking().Where(s => s.Id != command.SynonymId).ToListAsync(cancellationToken);
        if (others.SelectMany(o => o.TermList).FirstOrDefault(t => folded.Contains(string.Join(' ', SynonymSet.Words(t)))) is { } taken)
        {
            return Error.FieldConflict(
                "synonym.term_taken",
                "Terms",
                Bilingual.Pick($"\"{taken}\" đã ở trong một nhóm khác: sửa nhóm đó.", $"\"{taken}\" is already in another group: change that one."));
        }

        var now = clock.GetUtcNow();
        var before = synonym?.Terms;
        if (synonym is null)
        {
            synonym = new SearchSynonym(Guid.NewGuid(), terms, now);
            db.Synonyms.Add(synonym);
        }
        else
        {
            synonym.Change(terms, now);
        }

        await sender.RecordAsync(
            command.ActorEmail, CatalogAudit.SynonymsSaved, "SearchSynonym", synonym.Id, synonym.Terms, before is null ? null : $"{before} → {synonym.Terms}",
            cancellationToken);
        return View(synonym);
    }

    public async ValueTask<Result<bool>> Handle(DeleteSearchSynonymCommand command, CancellationToken cancellationToken)
    {
        if (await db.Synonyms.FindAsync([command.SynonymId], cancellationToken) is not { } synonym)
        {
            return NotFound();
        }

        db.Synonyms.Remove(synonym);
        await sender.RecordAsync(command.ActorEmail, CatalogAudit.SynonymsDeleted, "SearchSynonym", synonym.Id, synonym.Terms, null, cancellationToken);
        return true;
    }

    private static SearchSynonymView View(SearchSynonym s) => new(s.Id, s.TermList, s.ChangedAt);

    private static Error NotFound() => Error.NotFound("synonym.not_found", Bilingual.Pick("Không tìm thấy nhóm từ này.", "No such synonym group."));
}
