using Marketplace.SharedKernel;

namespace Marketplace.Catalog.Domain;

internal enum ProposalStatus
{
    Pending,
    Accepted,
    Declined,
}

/// <summary>
/// A cooperative's request for a category the marketplace lacks ("Cà phê", "Dược liệu"): the
/// admins keep the tree, so one of them accepts it (the category is made, perhaps under a parent
/// and with its English name) or declines it with a reason the cooperative reads.
/// </summary>
internal sealed class CategoryProposal
{
    private CategoryProposal()
    {
    }

    public CategoryProposal(Guid id, CooperativeId cooperativeId, UserId proposedBy, string name, string? note, DateTimeOffset proposedAt)
    {
        Id = id;
        CooperativeId = cooperativeId;
        ProposedBy = proposedBy;
        Name = name;
        Note = note;
        ProposedAt = proposedAt;
    }

    public Guid Id { get; private set; }

    public CooperativeId CooperativeId { get; private set; }

    public UserId ProposedBy { get; private set; }

    public string Name { get; private set; } = string.Empty;

    /// <summary>What the cooperative would sell in it, for the admin deciding.</summary>
    public string? Note { get; private set; }

    public DateTimeOffset ProposedAt { get; private set; }

    public ProposalStatus Status { get; private set; }

    public string? Reason { get; private set; }

    /// <summary>The category made when it was accepted.</summary>
    public Guid? CategoryId { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public void Accept(Guid categoryId, DateTimeOffset now)
    {
        Status = ProposalStatus.Accepted;
        CategoryId = categoryId;
        DecidedAt = now;
    }

    public void Decline(string reason, DateTimeOffset now)
    {
        Status = ProposalStatus.Declined;
        Reason = reason;
        DecidedAt = now;
    }
}
