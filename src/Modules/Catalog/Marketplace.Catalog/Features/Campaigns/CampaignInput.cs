namespace Marketplace.Catalog.Features.Campaigns;

/// <summary>A campaign's terms as the admin types them on its page, kept when they are refused.</summary>
internal sealed class CampaignInput
{
    public string? Title { get; set; }

    public string? TitleEnglish { get; set; }

    public string? Description { get; set; }

    public string? DescriptionEnglish { get; set; }

    public DateOnly? StartsOn { get; set; }

    public DateOnly? EndsOn { get; set; }

    public SaveCampaignCommand ToCommand(Guid? campaignId, string actor) =>
        new(campaignId, Title ?? string.Empty, TitleEnglish, Description ?? string.Empty, DescriptionEnglish, StartsOn, EndsOn, actor);

    public static CampaignInput Of(CampaignView c) => new()
    {
        Title = c.Title,
        TitleEnglish = c.TitleEnglish,
        Description = c.Description,
        DescriptionEnglish = c.DescriptionEnglish,
        StartsOn = c.StartsOn,
        EndsOn = c.EndsOn,
    };
}
