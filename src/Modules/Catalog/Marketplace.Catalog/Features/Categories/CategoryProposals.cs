using FluentValidation;
using Marketplace.Catalog.Contracts;
using Marketplace.Catalog.Data;
using Marketplace.Catalog.Domain;
using Marketplace.Catalog.Features.ManageProducts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Features.Categories;

internal sealed record CategoryProposalView(
    Guid ProposalId,
    CooperativeId CooperativeId,
    string Cooperative,
    string Name,
    string? Note,
    DateTimeOffset ProposedAt,
    ProposalStatus Status,
    string? Reason,
    Guid? CategoryId);

/// <summary>A cooperative's people propose a category the marketplace lacks.</summary>
internal sealed record ProposeCategoryCommand(CooperativeId CooperativeId, UserId ActorId, string Name, string? Note)
    : ICommand<Result<CategoryProposalView>>, IRunsIn<CatalogTransaction>;

/// <summary>The cooperative's proposals, newest first, with what became of each.</summary>
internal sealed record ListMyCategoryProposalsQuery(CooperativeId CooperativeId, UserId ActorId) : IQuery<Result<IReadOnlyList<CategoryProposalView>>>;

/// <summary>Every proposal for the admins, the pending ones first.</summary>
internal sealed record ListCategoryProposalsQuery : IQuery<IReadOnlyList<CategoryProposalView>>;

/// <summary>
/// An admin accepts a proposal, making the category (under a parent or not, with its English name,
/// the Vietnamese name as proposed or corrected), or declines it with a reason.
/// </summary>
internal sealed record DecideCategoryProposalCommand(
    Guid ProposalId, bool Accept, string? Name, string? NameEnglish, Guid? ParentId, string? Reason, string ActorEmail)
    : ICommand<Result<CategoryProposalView>>, IRunsIn<CatalogTransaction>;

internal sealed class ProposeCategoryValidator : AbstractValidator<ProposeCategoryCommand>
{
    public ProposeCategoryValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(100).WithName(_ => Bilingual.Pick("Tên danh mục", "Category name"));
        RuleFor(c => c.Note).MaximumLength(500).WithName(_ => Bilingual.Pick("Ghi chú", "Note"));
    }
}

internal sealed class DecideCategoryProposalValidator : AbstractValidator<DecideCategoryProposalCommand>
{
    public DecideCategoryProposalValidator()
    {
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(500).When(c => !c.Accept)
            .WithMessage(_ => Bilingual.Pick("Hãy ghi lý do từ chối: hợp tác xã sẽ đọc.", "Give the reason for declining: the cooperative reads it."));
    }
}

internal sealed class CategoryProposalsHandler(CatalogDbContext db, ISender sender, TimeProvider clock)
    : ICommandHandler<ProposeCategoryCommand, Result<CategoryProposalView>>,
      IQueryHandler<ListMyCategoryProposalsQuery, Result<IReadOnlyList<CategoryProposalView>>>,
      IQueryHandler<ListCategoryProposalsQuery, IReadOnlyList<CategoryProposalView>>,
      ICommandHandler<DecideCategoryProposalCommand, Result<CategoryProposalView>>
{
    /// <summary>Enough for a real need; a cooperative waiting on more than this is asked to wait for the admins.</summary>
    public const int MaxPending = 5;

    public async ValueTask<Result<CategoryProposalView>> Handle(ProposeCategoryCommand command, CancellationToken cancellationToken)
    {
        if (!await sender.ActsForAsync(command.CooperativeId, command.ActorId, cancellationToken))
        {
            return ProductAccess.VendorNotFound();
        }

        var name = command.Name.Trim();
        var slug = VietnameseText.Slugify(name);
        if (await db.Categories.AsNoTracking().FirstOrDefaultAsync(c => c.Slug == slug, cancellationToken) is { } existing)
        {
            return Error.FieldConflict("proposal.category_exists", nameof(command.Name), Bilingual.Pick(
                $"Đã có danh mục «{existing.Name}»: hãy chọn nó trong danh sách.",
                    $"The category \"{existing.NameEnglish}\" exists: choose it from the list."));
        }

        var pending = await db.CategoryProposals.AsNoTracking()
            .Where(p => p.CooperativeId == command.CooperativeId && p.Status == ProposalStatus.Pending)
            .Select(p => p.Name)
            .ToListAsync(cancellationToken);
        if (pending.Any(p => VietnameseText.Slugify(p) == slug))
        {
            return Error.FieldConflict("proposal.pending", nameof(command.Name), Bilingual.Pick(
                $"Hợp tác xã đã đề xuất «{name}», đang chờ duyệt.", $"The cooperative already proposed \"{name}\"; it awaits an admin."));
        }

        if (pending.Count >= MaxPending)
        {
            return Error.Rule("proposal.too_many", Bilingual.Pick(
                $"Hợp tác xã đang có {MaxPending} đề xuất chờ duyệt: hãy đợi quản trị trả lời.",
                $"The cooperative has {MaxPending} proposals awaiting an admin: wait for an answer."));
        }

        var proposal = new CategoryProposal(
            Guid.NewGuid(), command.CooperativeId, command.ActorId, name, string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim(),
                clock.GetUtcNow());
        db.CategoryProposals.Add(proposal);
        return await ViewAsync(proposal, cancellationToken);
    }

    public async ValueTask<Result<IReadOnlyList<CategoryProposalView>>> Handle(ListMyCategoryProposalsQuery query, CancellationToken cancellationToken)
    {
        if (!await sender.ActsForAsync(query.CooperativeId, query.ActorId, cancellationToken))
        {
            return ProductAccess.VendorNotFound();
        }

        return Result<IReadOnlyList<CategoryProposalView>>.Success(
            await ListAsync(db.CategoryProposals.Where(p => p.CooperativeId == query.CooperativeId), cancellationToken));
    }

    public async ValueTask<IReadOnlyList<CategoryProposalView>> Handle(ListCategoryProposalsQuery query, CancellationToken cancellationToken) =>
        await ListAsync(db.CategoryProposals, cancellationToken);

    public async ValueTask<Result<CategoryProposalView>> Handle(DecideCategoryProposalCommand command, CancellationToken cancellationToken)
    {
        var proposal = await db.CategoryProposals.FindAsync([command.ProposalId], cancellationToken);
        if (proposal is null)
        {
            return Error.NotFound("proposal.not_found", Bilingual.Pick("Không tìm thấy đề xuất.", "No such proposal."));
        }

        if (proposal.Status != ProposalStatus.Pending)
        {
            return Error.Conflict("proposal.decided", Bilingual.Pick("Đề xuất này đã được trả lời.", "This proposal was answered already."));
        }

        var now = clock.GetUtcNow();
        if (!command.Accept)
        {
            proposal.Decline(command.Reason!.Trim(), now);
            await sender.RecordAsync(
                command.ActorEmail, CatalogAudit.CategoryProposalDeclined, "CategoryProposal", proposal.Id, proposal.Name, proposal.Reason,
                ("Pending", "Declined"), cancellationToken);
            return await ViewAsync(proposal, cancellationToken);
        }

        // The category is made by the admins' own command, with its rules (a free slug, an English name, three levels).
        var made = await sender.Send(
            new CreateCategoryCommand(command.ParentId, string.IsNullOrWhiteSpace(command.Name) ? proposal.Name : command.Name,
                command.NameEnglish ?? string.Empty, command.ActorEmail),
            cancellationToken);
        if (!made.IsSuccess)
        {
            return made.Error!;
        }

        proposal.Accept(made.Value.CategoryId, now);
        await sender.RecordAsync(
            command.ActorEmail, CatalogAudit.CategoryProposalAccepted, "CategoryProposal", proposal.Id, proposal.Name, made.Value.Name,
            ("Pending", "Accepted"), cancellationToken);
        return await ViewAsync(proposal, cancellationToken);
    }

    private async Task<IReadOnlyList<CategoryProposalView>> ListAsync(IQueryable<CategoryProposal> proposals, CancellationToken cancellationToken)
    {
        var list = await proposals.AsNoTracking()
            .OrderBy(p => p.Status == ProposalStatus.Pending ? 0 : 1)
            .ThenByDescending(p => p.ProposedAt)
            .Take(200)
            .ToListAsync(cancellationToken);
        var ids = list.Select(p => p.CooperativeId).Distinct().ToList();
        var names = await db.Sellers.AsNoTracking().Where(s => ids.Contains(s.CooperativeId)).ToDictionaryAsync(s => s.CooperativeId, s => s.Name,
            cancellationToken);
        return [.. list.Select(p => View(p, names.GetValueOrDefault(p.CooperativeId, string.Empty)))];
    }

    private async Task<CategoryProposalView> ViewAsync(CategoryProposal p, CancellationToken cancellationToken)
    {
        var name = await db.Sellers.AsNoTracking().Where(s => s.CooperativeId == p.CooperativeId).Select(s => s.Name).FirstOrDefaultAsync(cancellationToken);
        return View(p, name ?? string.Empty);
    }

    private static CategoryProposalView View(CategoryProposal p, string cooperative) =>
        new(p.Id, p.CooperativeId, cooperative, p.Name, p.Note, p.ProposedAt, p.Status, p.Reason, p.CategoryId);
}
