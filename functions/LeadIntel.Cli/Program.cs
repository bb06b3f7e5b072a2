using LeadIntel.Cli.Commands;

return await LeadIntelCommand.InvokeAsync(args);
