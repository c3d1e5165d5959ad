namespace Marketplace.Catalog.Features;

/// <summary>
/// The decisions admins make on the catalog (hiding or restoring a product or a review, adding or
/// renaming a category, answering a cooperative's category proposal, keeping search synonyms, running campaigns), written to the alliance's
/// audit log (Vendors keeps it) inside the command that made them: both are kept, or neither.
/// </summary>
internal static class CatalogAudit
{
    public const string ProductHidden = "ProductHidden";
    public const string ProductRestored = "ProductRestored";
    public const string ReviewHidden = "ReviewHidden";
    public const string ReviewRestored = "ReviewRestored";
    public const string CategoryCreated = "CategoryCreated";
    public const string CategoryRenamed = "CategoryRenamed";
    public const string CategoryProposalAccepted = "CategoryProposalAccepted";
    public const string CategoryProposalDeclined = "CategoryProposalDeclined";
    public const string SynonymsSaved = "SearchSynonymsSaved";
    public const string SynonymsDeleted = "SearchSynonymsDeleted";
    public const string CampaignSaved = "CampaignSaved";
    public const string CampaignProductsChosen = "CampaignProductsChosen";
}
